package org.w3id.unld.parse;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * English ordinal words as UN mastheads print them: "First", "Seventy-ninth", "Eightieth",
 * "Hundredth", "One hundred and first", any case, hyphen or space between the parts.
 */
public final class Ordinals {
    private static final Map<String, Integer> UNITS = new HashMap<>();
    private static final Map<String, Integer> TENS_ORDINAL = new HashMap<>();
    private static final Map<String, Integer> TENS_CARDINAL = new HashMap<>();
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑–]+");

    /** A regular expression for one ordinal word group, for use inside larger patterns. */
    public static final String PATTERN;

    static {
        String[] units = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                "nineteenth"};
        for (int i = 0; i < units.length; i++) {
            UNITS.put(units[i], i + 1);
        }
        String[] tens = {"twent", "thirt", "fort", "fift", "sixt", "sevent", "eight", "ninet"};
        for (int i = 0; i < tens.length; i++) {
            TENS_ORDINAL.put(tens[i] + "ieth", (i + 2) * 10);
            TENS_CARDINAL.put(tens[i] + "y", (i + 2) * 10);
        }
        String unit = "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)";
        String teen = "(?:tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth)";
        String tensCardinal = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
        String tensOrdinal = "(?:twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth)";
        // "Twenty-fifth", "twenty fifth", and as PDF text and scans space the hyphen: "Ninety -third", "TWENTY- FIFTH".
        String below100 = "(?:" + tensCardinal + "(?:\\s?[\\-‐‑]\\s?|\\s)" + unit + "|" + tensOrdinal + "|" + teen + "|" + unit + ")";
        PATTERN = "(?i:(?:(?:one\\s+)?hundred(?:\\s+and)?[\\s\\-]" + below100 + ")|(?:one\\s+)?hundredth|" + below100 + ")";
    }

    private Ordinals() {
    }

    /** The number an ordinal word group stands for, or empty when it is not one. */
    public static OptionalInt parse(String words) {
        if (words == null) {
            return OptionalInt.empty();
        }
        String[] parts = SEPARATORS.split(words.trim().toLowerCase(Locale.ROOT));
        int value = 0;
        int i = 0;
        if (parts.length > 0 && parts[0].equals("one") && parts.length > 1 && parts[1].startsWith("hundred")) {
            i = 1;
        }
        if (i < parts.length && parts[i].equals("hundredth")) {
            return i == parts.length - 1 ? OptionalInt.of(100) : OptionalInt.empty();
        }
        if (i < parts.length && parts[i].equals("hundred")) {
            value = 100;
            i++;
            if (i < parts.length && parts[i].equals("and")) {
                i++;
            }
        }
        if (i >= parts.length) {
            return OptionalInt.empty();
        }
        String p = parts[i];
        if (UNITS.containsKey(p) && i == parts.length - 1) {
            return OptionalInt.of(value + UNITS.get(p));
        }
        if (TENS_ORDINAL.containsKey(p) && i == parts.length - 1) {
            return OptionalInt.of(value + TENS_ORDINAL.get(p));
        }
        if (TENS_CARDINAL.containsKey(p) && i == parts.length - 2) {
            Integer u = UNITS.get(parts[i + 1]);
            if (u != null && u < 10) {
                return OptionalInt.of(value + TENS_CARDINAL.get(p) + u);
            }
        }
        return OptionalInt.empty();
    }
}
