package org.w3id.unld.parse;

import org.w3id.unld.model.Mention;
import org.w3id.unld.reference.Country;
import org.w3id.unld.reference.Found;
import org.w3id.unld.reference.Gazetteer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The countries, organizations and places a document's text names, each once, in the order the text
 * first names them. Countries and organizations are what {@link Gazetteer#find} finds. Places are the
 * capitals of States that the gazetteer knows, and only where the text says something happens there
 * ("in Baku", "at Addis Ababa", "from Kabul"): a city's name alone often names something else (the
 * "Rome Statute", the "Paris Agreement", "Lake Victoria", a person called Stanley).
 */
final class TextMentions {
    /**
     * Capitals whose name is also a common surname, another city or another place, or that the gazetteer
     * gives to two countries: never taken for a place.
     */
    private static final Set<String> AMBIGUOUS_CAPITALS = Set.of(
            "victoria", "city of victoria", "georgetown", "george town", "saint john's", "st. george's", "sucre",
            "tripoli", "male", "santiago", "hamilton", "stanley", "douglas", "plymouth", "jamestown", "kingston",
            "saint-denis", "san juan", "the valley", "west island");
    private static final Pattern WORD_BEFORE = Pattern.compile("\\b(?:[Ii]n|[Aa]t|[Ff]rom)\\s+$");
    private static final Pattern CAPITALISED_AFTER = Pattern.compile("^\\s+(?:\\p{Lu}\\p{L}*|de|del|da)\\b");

    private record Capital(String name, String key) {
    }

    private static final class Capitals {
        static final Map<String, Capital> BY_FOLDED = load(Gazetteer.standard());
        static final Pattern PATTERN = pattern(BY_FOLDED);
    }

    private TextMentions() {
    }

    /** The mentions of the text from line {@code from} on (the heading and the body, not the masthead). */
    static List<Mention> find(TextLines lines, int from) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < lines.size(); i++) {
            text.append(lines.get(i)).append('\n');
        }
        return find(text.toString());
    }

    static List<Mention> find(String text) {
        record At(int offset, Mention mention) {
        }
        List<At> all = new ArrayList<>();
        for (Found f : Gazetteer.standard().find(text)) {
            all.add(new At(f.start(), f.toMention()));
        }
        Matcher m = Capitals.PATTERN.matcher(fold(text));
        while (m.find()) {
            Capital c = Capitals.BY_FOLDED.get(m.group(1));
            String printed = text.substring(m.start(1), m.end(1));
            if (c != null && Character.isUpperCase(printed.charAt(0))
                    && WORD_BEFORE.matcher(text.substring(Math.max(0, m.start(1) - 8), m.start(1))).find()
                    && !CAPITALISED_AFTER.matcher(text.substring(m.end(1), Math.min(text.length(), m.end(1) + 30))).find()) {
                all.add(new At(m.start(1), new Mention(Mention.Kind.PLACE, c.key(), printed)));
            }
        }
        all.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
        Map<String, Mention> once = new LinkedHashMap<>();
        for (At a : all) {
            once.putIfAbsent(a.mention().kind() + " " + a.mention().key(), a.mention());
        }
        return List.copyOf(once.values());
    }

    /**
     * Capitals of Member and observer States that name one place only: not a country's name too
     * ("Singapore", "Djibouti": the country is found already), not given to two countries, not in
     * {@link #AMBIGUOUS_CAPITALS}. Keyed by their folded form (see {@link #fold}).
     */
    private static Map<String, Capital> load(Gazetteer gazetteer) {
        Map<String, List<Country>> byName = new HashMap<>();
        for (Country c : gazetteer.countries()) {
            if (c.capital() != null && !c.capital().isBlank()) {
                byName.computeIfAbsent(fold(c.capital().strip()), k -> new ArrayList<>()).add(c);
            }
        }
        Map<String, Capital> out = new HashMap<>();
        byName.forEach((folded, countries) -> {
            Country c = countries.get(0);
            if (countries.size() == 1 && c.status() != Country.Status.OTHER && !AMBIGUOUS_CAPITALS.contains(folded)
                    && gazetteer.country(c.capital()).isEmpty() && gazetteer.organization(c.capital()).isEmpty()) {
                out.put(folded, new Capital(c.capital().strip(), c.capital().strip()));
            }
        });
        return out;
    }

    private static Pattern pattern(Map<String, Capital> capitals) {
        List<String> names = new ArrayList<>(capitals.keySet());
        names.sort((a, b) -> b.length() != a.length() ? Integer.compare(b.length(), a.length()) : a.compareTo(b));
        StringBuilder alternation = new StringBuilder();
        for (String n : names) {
            alternation.append(alternation.length() == 0 ? "" : "|").append(Pattern.quote(n));
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])(" + alternation + ")(?![\\p{L}\\p{N}])");
    }

    /**
     * Lower case without diacritics, typographic apostrophes as "'": same length as the input, so that
     * offsets in the folded text are offsets in the text ("Bogotá" and "Bogota", "Sana’a" and "Sana'a").
     */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u2019' || c == '\u2018' || c == '\u02BC') {
                b.append('\'');
                continue;
            }
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = d.isEmpty() ? c : d.charAt(0);
            b.append(Character.toLowerCase(base));
        }
        return b.toString();
    }
}
