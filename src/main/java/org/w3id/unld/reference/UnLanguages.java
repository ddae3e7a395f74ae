package org.w3id.unld.reference;

import java.util.List;

/** The six official languages of the United Nations, the languages its names are given in. */
public final class UnLanguages {
    /** Their ISO 639-1 codes, in alphabetical order: Arabic, Chinese, English, French, Russian, Spanish. */
    public static final List<String> CODES = List.of("ar", "zh", "en", "fr", "ru", "es");

    /** The language unld reports names in, and falls back to. */
    public static final String ENGLISH = "en";

    private UnLanguages() {
    }
}
