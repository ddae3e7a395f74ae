package org.w3id.unld.parse;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * English ordinal words as UN documents print them: "First", "Seventy-ninth", "Eightieth", "Hundredth", "One hundred
 * and first", and the meetings of the principal organs numbered in words before 1994 ("Fifteen hundred and
 * thirty-seventh", "Two thousand nine hundred and thirty-second", "SIXTEEN HUNDRED AND ELEVENTH"); any case, hyphen or
 * space between the parts.
 */
public final class Ordinals {
    /** Cardinal words below a hundred, and the ordinal words that end a number. */
    private static final Map<String, Integer> CARDINALS = new HashMap<>();
    private static final Map<String, Integer> ORDINALS = new HashMap<>();
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑–]+");

    /** A regular expression for one ordinal word group, for use inside larger patterns. */
    public static final String PATTERN;

    static {
        String[] units = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        String[] unitOrdinals = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                "nineteenth"};
        for (int i = 0; i < units.length; i++) {
            CARDINALS.put(units[i], i + 1);
            ORDINALS.put(unitOrdinals[i], i + 1);
        }
        String[] tens = {"twent", "thirt", "fort", "fift", "sixt", "sevent", "eight", "ninet"};
        for (int i = 0; i < tens.length; i++) {
            ORDINALS.put(tens[i] + "ieth", (i + 2) * 10);
            CARDINALS.put(tens[i] + "y", (i + 2) * 10);
        }
        ORDINALS.put("hundredth", 100);
        ORDINALS.put("thousandth", 1000);
        String unit = "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)";
        String teen = "(?:tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth)";
        String tensCardinal = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
        String tensOrdinal = "(?:twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth)";
        // "Twenty-fifth", "twenty fifth", and as PDF text and scans space the hyphen: "Ninety -third", "TWENTY- FIFTH".
        String hyphen = "(?:\\s?[\\-‐‑]\\s?|\\s)";
        String below100 = "(?:" + tensCardinal + hyphen + unit + "|" + tensOrdinal + "|" + teen + "|" + unit + ")";
        // A cardinal below a hundred, before "hundred" or "thousand": "one", "fifteen", "twenty-nine".
        String cardinal = "(?:" + tensCardinal + "(?:" + hyphen + "(?:one|two|three|four|five|six|seven|eight|nine))?"
                + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
                + "|eighteen|nineteen)";
        String thousands = "(?:" + cardinal + "\\s+thousand(?:\\s+and)?[\\s\\-]+)";
        String hundreds = "(?:(?:" + cardinal + "\\s+)?hundred(?:\\s+and)?[\\s\\-]+)";
        PATTERN = "(?i:" + thousands + "?" + hundreds + "?" + below100
                + "|" + thousands + "?(?:" + cardinal + "\\s+)?hundredth|(?:" + cardinal + "\\s+)?thousandth)";
    }

    private Ordinals() {
    }

    /** The number an ordinal word group stands for, or empty when it is not one. */
    public static OptionalInt parse(String words) {
        if (words == null || words.isBlank()) {
            return OptionalInt.empty();
        }
        String[] parts = SEPARATORS.split(words.trim().toLowerCase(Locale.ROOT));
        int total = 0;
        int group = 0;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            boolean last = i == parts.length - 1;
            if (p.equals("and") && !last && i > 0) {
                continue;
            }
            if (last) {
                Integer n = ORDINALS.get(p);
                if (n == null) {
                    return OptionalInt.empty();
                }
                // "hundredth" and "thousandth" multiply what stands before them; the others add to it.
                return OptionalInt.of(n == 100 ? total + Math.max(group, 1) * 100 : n == 1000 ? Math.max(group, 1) * 1000
                        : total + group + n);
            }
            if (p.equals("hundred")) {
                group = Math.max(group, 1) * 100;
            } else if (p.equals("thousand")) {
                total += Math.max(group, 1) * 1000;
                group = 0;
            } else if (CARDINALS.containsKey(p)) {
                group += CARDINALS.get(p);
            } else {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.empty();
    }
}
