package org.w3id.unld.testing;

import java.nio.file.Path;

/** Documents the tests carry in src/test/resources (each folder's README or SOURCES.md says where they come from), so they need no ../shared. */
public final class TestResources {
    /**
     * Real UN documents at the paths they have under ../shared/corpus: the reference document, the golden set's
     * inputs and a few single tests' documents (src/test/resources/corpus/SOURCES.md).
     */
    public static final Path CORPUS = Path.of("src", "test", "resources", "corpus");
    /** The reference document: a letter circulated as a General Assembly and Security Council document. */
    public static final Path REFERENCE_DOCUMENT = CORPUS.resolve("seed/000_2d414ff8111b79ff.txt");
    /** The extraction the reference document must give, as {@code unld extract} prints it. */
    public static final Path REFERENCE_EXPECTED = CORPUS.resolve("seed/000_2d414ff8111b79ff.expected.json");
    /**
     * A presidential statement of the Human Rights Council whose masthead prints "Agenda item 5" but no
     * session (src/test/resources/store/README.md): stored with one warning.
     */
    public static final Path AGENDA_ITEM_WITHOUT_SESSION = Path.of("src", "test", "resources", "store", "A_HRC_PRST_OS_14_2.txt");

    private TestResources() {
    }
}
