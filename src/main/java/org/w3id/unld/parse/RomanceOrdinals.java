package org.w3id.unld.parse;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Ordinal numbers in words as French and Spanish mastheads print them, up to the nineties: "Soixante-dix-neuvième"
 * (79), "soixante et onzième" (71), "quatre-vingtième" (80), "Septuagésimo noveno" (79), "decimotercer" (13),
 * "Vigésimo primer" (21). The value is the sum of the words' values, a "quatre" before "vingt" multiplying it.
 */
final class RomanceOrdinals {
    /** An ordinal's words, for a pattern: letters, hyphens and spaces, ending in an ordinal form. */
    static final String PATTERN = "(?:[\\p{L}]+[\\s\\-‑]+){0,4}?(?:[\\p{L}]*(?:ième|ieme|ésim[oa]|esim[oa]|[eé]cim[oa]|premi[eè]re?|primer[oa]?"
            + "|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|s[eé]ptim[oa]|octav[oa]|noven[oa]))";

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‑]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Map<String, Integer> FRENCH = Map.ofEntries(
            Map.entry("un", 1), Map.entry("deux", 2), Map.entry("trois", 3), Map.entry("quatre", 4), Map.entry("cinq", 5),
            Map.entry("six", 6), Map.entry("sept", 7), Map.entry("huit", 8), Map.entry("neuf", 9), Map.entry("dix", 10),
            Map.entry("onze", 11), Map.entry("douze", 12), Map.entry("treize", 13), Map.entry("quatorze", 14),
            Map.entry("quinze", 15), Map.entry("seize", 16), Map.entry("vingt", 20), Map.entry("vingts", 20),
            Map.entry("trente", 30), Map.entry("quarante", 40), Map.entry("cinquante", 50), Map.entry("soixante", 60),
            Map.entry("premier", 1), Map.entry("premiere", 1), Map.entry("unieme", 1), Map.entry("deuxieme", 2),
            Map.entry("troisieme", 3), Map.entry("quatrieme", 4), Map.entry("cinquieme", 5), Map.entry("sixieme", 6),
            Map.entry("septieme", 7), Map.entry("huitieme", 8), Map.entry("neuvieme", 9), Map.entry("dixieme", 10),
            Map.entry("onzieme", 11), Map.entry("douzieme", 12), Map.entry("treizieme", 13), Map.entry("quatorzieme", 14),
            Map.entry("quinzieme", 15), Map.entry("seizieme", 16), Map.entry("vingtieme", 20), Map.entry("trentieme", 30),
            Map.entry("quarantieme", 40), Map.entry("cinquantieme", 50), Map.entry("soixantieme", 60));
    private static final Map<String, Integer> SPANISH = Map.ofEntries(
            Map.entry("primer", 1), Map.entry("primero", 1), Map.entry("primera", 1), Map.entry("segundo", 2),
            Map.entry("segunda", 2), Map.entry("tercer", 3), Map.entry("tercero", 3), Map.entry("tercera", 3),
            Map.entry("cuarto", 4), Map.entry("cuarta", 4), Map.entry("quinto", 5), Map.entry("quinta", 5),
            Map.entry("sexto", 6), Map.entry("sexta", 6), Map.entry("septimo", 7), Map.entry("septima", 7),
            Map.entry("setimo", 7), Map.entry("octavo", 8), Map.entry("octava", 8), Map.entry("noveno", 9),
            Map.entry("novena", 9), Map.entry("nono", 9), Map.entry("decimo", 10), Map.entry("decima", 10),
            Map.entry("undecimo", 11), Map.entry("undecima", 11), Map.entry("duodecimo", 12), Map.entry("duodecima", 12),
            Map.entry("vigesimo", 20), Map.entry("vigesima", 20), Map.entry("trigesimo", 30), Map.entry("trigesima", 30),
            Map.entry("cuadragesimo", 40), Map.entry("cuadragesima", 40), Map.entry("quincuagesimo", 50),
            Map.entry("quincuagesima", 50), Map.entry("sexagesimo", 60), Map.entry("sexagesima", 60),
            Map.entry("septuagesimo", 70), Map.entry("septuagesima", 70), Map.entry("octogesimo", 80),
            Map.entry("octogesima", 80), Map.entry("nonagesimo", 90), Map.entry("nonagesima", 90));

    private RomanceOrdinals() {
    }

    /** The number a French or Spanish ordinal stands for, or empty when the words are none. */
    static OptionalInt parse(String words) {
        String folded = MARKS.matcher(Normalizer.normalize(words.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
        String[] parts = SEPARATORS.split(folded);
        if (parts.length == 0) {
            return OptionalInt.empty();
        }
        String last = parts[parts.length - 1];
        boolean french = last.endsWith("ieme") || last.startsWith("premi");
        int value = 0;
        int previous = 0;
        for (String part : parts) {
            if (part.equals("et")) {
                continue;
            }
            Integer v = french ? FRENCH.get(part) : spanish(part);
            if (v == null) {
                return OptionalInt.empty();
            }
            if (french && previous == 4 && (v == 20 || part.startsWith("vingt"))) {
                // "quatre-vingt(ième)": four twenties.
                value += 4 * v - 4;
            } else {
                value += v;
            }
            previous = v;
        }
        return value > 0 && value < 200 ? OptionalInt.of(value) : OptionalInt.empty();
    }

    /** A Spanish ordinal word, also "decimotercero", "decimoprimer" written as one word. */
    private static Integer spanish(String part) {
        Integer v = SPANISH.get(part);
        if (v == null && part.startsWith("decimo") && part.length() > 6) {
            Integer unit = SPANISH.get(part.substring(6));
            return unit == null ? null : 10 + unit;
        }
        return v;
    }
}
