package org.w3id.unld.reference;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The table of UN bodies ({@code unld/reference/un-bodies.tsv}): the one place that says which bodies there
 * are, what they are called in the UN's languages, which symbol series they issue documents under, whom they
 * report to and how their sessions are numbered. Parse, map and the citation finder ask it; none keeps a list
 * of its own.
 *
 * <p>Lookups: by name in any language, alias or treaty ({@link #byName}: case, accents, apostrophes, spacing
 * and a leading "the" do not matter); by document symbol, the body of the longest series prefix
 * ({@link #bySymbol}: "E/CN.6/2020/3" is the Commission on the Status of Women's, "E/2020/3" the Economic and
 * Social Council's); the principal organ a body belongs to; the body whose sessions a body's documents are
 * numbered in ({@link #sessionBody}).
 */
public final class UnBodies {
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar", "ru", "zh");

    private final List<UnBody> bodies;
    private final Map<String, UnBody> byKey;
    private final Map<String, UnBody> byName;
    private final Map<String, UnBody> bySeries;

    private static final class Standard {
        static final UnBodies INSTANCE = new UnBodies(read());
    }

    /** The table shipped in the jar, read once. */
    public static UnBodies standard() {
        return Standard.INSTANCE;
    }

    /**
     * @throws IllegalArgumentException when two bodies share a key, a name or a series, a parent is not in the
     *                                  table, a series prefix does not end in '/' or '.', or parents form a cycle
     */
    UnBodies(List<UnBody> bodies) {
        this.bodies = List.copyOf(bodies);
        Map<String, UnBody> keys = new LinkedHashMap<>();
        Map<String, UnBody> names = new HashMap<>();
        Map<String, UnBody> series = new HashMap<>();
        for (UnBody b : bodies) {
            put(keys, b.key(), b, "key");
            List<String> all = new ArrayList<>(b.names().values());
            all.addAll(b.aliases());
            all.addAll(b.treaties());
            for (String name : all) {
                UnBody other = names.putIfAbsent(key(name), b);
                if (other != null && other != b) {
                    throw new IllegalArgumentException("the name \"" + name + "\" is given to " + other.key() + " and " + b.key());
                }
            }
            for (String s : b.series()) {
                if (!s.endsWith("/") && !s.endsWith(".")) {
                    throw new IllegalArgumentException(b.key() + ": series " + s + " must end in / or .");
                }
                put(series, s, b, "series");
            }
        }
        this.byKey = Collections.unmodifiableMap(keys);
        this.byName = Map.copyOf(names);
        this.bySeries = Map.copyOf(series);
        for (UnBody b : bodies) {
            UnBody up = b;
            for (int depth = 0; up.parent() != null; depth++) {
                if (!keys.containsKey(up.parent())) {
                    throw new IllegalArgumentException(up.key() + ": parent " + up.parent() + " is not in the table");
                }
                if (depth > bodies.size()) {
                    throw new IllegalArgumentException(b.key() + ": its parents form a cycle");
                }
                up = keys.get(up.parent());
            }
            if (b.sessions() == UnBody.SessionNumbering.PARENT && b.parent() == null) {
                throw new IllegalArgumentException(b.key() + ": meets in its parent's sessions but has no parent");
            }
        }
    }

    private static void put(Map<String, UnBody> index, String key, UnBody body, String what) {
        UnBody other = index.putIfAbsent(key, body);
        if (other != null) {
            throw new IllegalArgumentException("the " + what + " " + key + " is given to " + other.key() + " and " + body.key());
        }
    }

    /** Every body, in the table's order. */
    public List<UnBody> all() {
        return bodies;
    }

    public Optional<UnBody> byKey(String key) {
        return Optional.ofNullable(key == null ? null : byKey.get(key));
    }

    /**
     * The body a name denotes, in any language the table gives, by alias, or by the treaty whose committee it
     * is: "Assemblée générale", "UNITED NATIONS ENVIRONMENT PROGRAMME", "Special Political and Decolonization
     * Committee", "International Covenant on Civil and Political Rights" (the Human Rights Committee).
     */
    public Optional<UnBody> byName(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(key(name)));
    }

    /**
     * The body of that name, or the one body whose name a scanned copy printed with a few letters misread ("Commission on
     * Human Eights", "Commission on the Status Op Women"): at most one edit in twelve letters, and no other body as close.
     */
    public Optional<UnBody> byNameReadThroughNoise(String printed) {
        Optional<UnBody> exact = byName(printed);
        String key = printed == null ? "" : key(printed);
        if (exact.isPresent() || key.length() < 12) {
            return exact;
        }
        int limit = key.length() / 12;
        LevenshteinDistance distance = new LevenshteinDistance(limit);
        UnBody found = null;
        for (Map.Entry<String, UnBody> name : byName.entrySet()) {
            if (Math.abs(name.getKey().length() - key.length()) <= limit && distance.apply(key, name.getKey()) >= 0) {
                if (found != null && found != name.getValue()) {
                    return Optional.empty();
                }
                found = name.getValue();
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether a symbol is only a body's series, with no document in it ("E/CN.14", "A/C.3"): a symbol a scan cut short. */
    public boolean isSeries(String symbol) {
        if (symbol == null) {
            return false;
        }
        String s = symbol.strip();
        return bySeries.containsKey(s + "/") || bySeries.containsKey(s + ".");
    }

    /**
     * The body whose series a document symbol belongs to: that of the longest prefix in the table
     * ("A/C.4/80/L.18" is the Fourth Committee's, "A/80/L.1" the General Assembly's, "UNEP/EA.5/Res.12" the
     * Environment Assembly's, "E/ECE/1234" and "ECE/TRANS/236" the Economic Commission for Europe's).
     */
    public Optional<UnBody> bySymbol(String symbol) {
        if (symbol == null) {
            return Optional.empty();
        }
        String s = symbol.strip();
        for (int end = s.length(); end > 0; end--) {
            char c = s.charAt(end - 1);
            if (c == '/' || c == '.') {
                UnBody b = bySeries.get(s.substring(0, end));
                if (b != null) {
                    return Optional.of(b);
                }
            }
        }
        return Optional.empty();
    }

    public Optional<UnBody> parent(UnBody body) {
        return byKey(body.parent());
    }

    /**
     * The principal organ a body is or belongs to, through its parents (the Third Committee and the Human Rights
     * Council belong to the General Assembly, the Commission on the Status of Women to the Economic and Social
     * Council); empty for a body under no principal organ (most treaty bodies).
     */
    public Optional<UnBody> principalOrgan(UnBody body) {
        UnBody b = body;
        while (b.kind() != UnBody.Kind.PRINCIPAL_ORGAN) {
            Optional<UnBody> up = parent(b);
            if (up.isEmpty()) {
                return Optional.empty();
            }
            b = up.get();
        }
        return Optional.of(b);
    }

    /**
     * The body whose sessions a body's own sessions are: the body itself, or for a body that meets in its
     * parent's sessions (a Main Committee), that parent's. "Eightieth session" on a Third Committee draft is
     * the General Assembly's eightieth session.
     */
    public UnBody sessionBody(UnBody body) {
        UnBody b = body;
        while (b.sessions() == UnBody.SessionNumbering.PARENT) {
            b = byKey.get(b.parent());
        }
        return b;
    }

    /** The bodies whose sessions are numbered so (the Security Council alone numbers {@code YEARS}). */
    public List<UnBody> numbered(UnBody.SessionNumbering numbering) {
        return bodies.stream().filter(b -> b.sessions() == numbering).toList();
    }

    /** The bodies whose name, alone on a masthead line, the masthead reader takes for the organ slot. */
    public List<UnBody> organLine() {
        return bodies.stream().filter(UnBody::organLine).toList();
    }

    /**
     * The source of a regular expression that matches any of {@code names} as printed: longest name first (so that
     * "Security Council Committee" is not cut at "Security Council"), any run of white space between words,
     * everything else literal. For the parsers, which look for the table's names inside a line.
     */
    public static String alternation(Collection<String> names) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(names));
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder out = new StringBuilder();
        for (String name : sorted) {
            out.append(out.isEmpty() ? "" : "|");
            out.append(String.join("\\s+", Arrays.stream(name.strip().split("\\s+")).map(UnBodies::wordPattern).toList()));
        }
        return out.toString();
    }

    /**
     * A word of a name, quoted, whose apostrophe may be printed straight or curly ("l'homme", "l’homme") and whose accented
     * letters may be printed without their accents, as typewritten and scanned copies print capitals ("COMITE", "COMISION").
     */
    static String wordPattern(String word) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '\'' || c == '’') {
                out.append("['’]");
                continue;
            }
            String bare = COMBINING_MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)).replaceAll("");
            if (Character.isLetterOrDigit(c)) {
                out.append(bare.length() == 1 && bare.charAt(0) != c ? "[" + c + bare + "]" : String.valueOf(c));
            } else {
                out.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return out.toString();
    }

    /**
     * How names are compared: case, diacritics in any script ("Четвёртый" is "Четвертый"), apostrophe style,
     * white space and a leading "the" do not matter. Not even a space lost between two words: web and scanned copies
     * print "COMMITTEE ON THE ELIMINATIONOF RACIAL DISCRIMINATION", and no two bodies' names differ only in spacing.
     */
    static String key(String name) {
        String folded = COMBINING_MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return Names.key(folded.strip()).replace(" ", "");
    }

    private static boolean organLine(Tables.Row row) {
        String value = row.optional("organ_line");
        if (value != null && !value.equals("yes")) {
            throw new IllegalStateException("un-bodies.tsv line " + row.line() + ": organ_line is \"yes\" or empty, not " + value);
        }
        return value != null;
    }

    private static List<UnBody> read() {
        List<UnBody> out = new ArrayList<>();
        for (Tables.Row row : Tables.read("un-bodies.tsv")) {
            Map<String, String> names = new LinkedHashMap<>();
            for (String language : LANGUAGES) {
                String name = language.equals("en") ? row.required("name_en") : row.optional("name_" + language);
                if (name != null) {
                    names.put(language, name);
                }
            }
            out.add(new UnBody(row.required("key"), names, row.list("aliases"), row.list("treaties"),
                    UnBody.Kind.of(row.required("kind")), row.optional("parent"), row.list("series"),
                    UnBody.SessionNumbering.of(row.required("sessions")), row.optional("wikidata"),
                    organLine(row)));
        }
        return out;
    }
}
