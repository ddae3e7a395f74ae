package org.w3id.unld.quality;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scores extractions against expected ones, field by field: how much of what a person read off each document
 * the parser got right, and how many values it invented where the text is silent. Run by {@code bench/score.sh
 * EXPECTED_DIR ACTUAL_DIR} and {@code bench/blind-score.sh SAMPLE_DIR}; docs/EXTRACTION-QUALITY.md explains the
 * blind samples it is meant for.
 *
 * <h2>Pairing</h2>
 * Every {@code NAME.expected.json} under EXPECTED_DIR (recursively) is compared with {@code NAME.json} at the same
 * relative path under ACTUAL_DIR, the path {@code unld extract DIR --out ACTUAL_DIR} writes it at. In a sample's
 * layout, {@code PART/expected/} beside {@code PART/documents/}, an {@code expected} folder holding the file is read
 * as {@code documents}: {@code PART/expected/X.txt.expected.json} is compared with {@code PART/documents/X.txt.json}.
 * A document's part is the first folder of its relative path ({@code .} for files at the top).
 *
 * <h2>Rules</h2>
 * <ul>
 * <li>Fields: {@value #FIELD_LIST}. {@code meeting} is counted only for documents where either side has one;
 *     every other field is counted for every document. Other members of the JSON are not scored.</li>
 * <li>Values are compared as JSON after normalising every string to NFC with its runs of white space collapsed
 *     to one space and its ends stripped; a member whose value is null is the same as an absent member.</li>
 * <li>Scalar fields ({@code symbolSource, distribution, date, originalLanguage, documentType, title}): 1 if
 *     equal, else 0.</li>
 * <li>Object fields ({@code sender}, {@code meeting}, and {@code addressee} when both sides are one object or
 *     null): each sub-field (sender.name, sender.title, …, over the members either side has) is a scalar, and
 *     the field scores their mean. Both null: 1. One side null and the other an object: 0, the object is
 *     missing or invented as a whole.</li>
 * <li>List fields ({@code symbols, organs, sessions, agendaItems, sponsors, annexes, events}, and
 *     {@code addressee} when either side is a list, an object then counting as a list of one): F1 over the
 *     items, each item compared whole, as a multiset (a repeated item must be found as often); null counts as
 *     the empty list, and two empty lists score 1.</li>
 * <li>Invented values: a scalar or sub-field that the expected file has null and the actual has a value (every
 *     sub-field with a value when the expected object is null), and every item of an actual list whose expected
 *     list is empty. Counted per field and in total.</li>
 * <li>A document without an actual JSON (rejected) is scored as if every field were null or empty: 0 on every
 *     field it expected non-empty, 1 on the others; it counts as rejected.</li>
 * <li>Field accuracy: the mean over (document, field) of the scores; given overall, per field across the
 *     documents, and per part.</li>
 * </ul>
 */
public final class ExtractionScorer {
    static final String FIELD_LIST = "symbols, symbolSource, organs, distribution, date, originalLanguage, sessions, "
            + "agendaItems, documentType, title, sender, addressee, sponsors, annexes, events, meeting";
    /** The scored fields, in the order of the JSON and of the report. */
    public static final List<String> FIELDS = List.of(FIELD_LIST.split(", "));
    private static final Set<String> SCALARS = Set.of("symbolSource", "distribution", "date", "originalLanguage", "documentType", "title");
    private static final Set<String> OBJECTS = Set.of("sender", "meeting");
    /** Scored only where either side has it: most documents are not meeting records, and no meeting there is no news. */
    private static final String ONLY_WHERE_PRESENT = "meeting";
    private static final String EXPECTED_SUFFIX = ".expected.json";
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private ExtractionScorer() {
    }

    /** One field of one document: its score, from 0 to 1, and how many values the actual invented in it. */
    public record FieldScore(String field, double score, int invented) {
    }

    /** The scores of one document; {@code rejected} when there was no actual JSON for it. */
    public record DocumentScore(String part, String name, boolean rejected, List<FieldScore> fields) {
        public DocumentScore {
            fields = List.copyOf(fields);
        }
    }

    /** Scores one document; {@code actual} is null when the document was rejected (no JSON written). */
    public static DocumentScore score(String part, String name, JsonObject expected, JsonObject actual) {
        JsonObject act = actual == null ? new JsonObject() : actual;
        List<FieldScore> fields = new ArrayList<>();
        for (String field : FIELDS) {
            JsonElement e = member(expected, field);
            JsonElement a = member(act, field);
            if (field.equals(ONLY_WHERE_PRESENT) && e.isJsonNull() && a.isJsonNull()) {
                continue;
            }
            fields.add(scoreField(field, e, a));
        }
        return new DocumentScore(part, name, actual == null, fields);
    }

    static FieldScore scoreField(String field, JsonElement expected, JsonElement actual) {
        if (SCALARS.contains(field)) {
            return scalar(field, expected, actual);
        }
        boolean objectOrNull = (expected.isJsonObject() || expected.isJsonNull()) && (actual.isJsonObject() || actual.isJsonNull());
        if (OBJECTS.contains(field) || field.equals("addressee") && objectOrNull) {
            return object(field, expected, actual);
        }
        return list(field, expected, actual);
    }

    private static FieldScore scalar(String field, JsonElement expected, JsonElement actual) {
        JsonElement e = normalise(expected);
        JsonElement a = normalise(actual);
        return new FieldScore(field, e.equals(a) ? 1 : 0, e.isJsonNull() && !a.isJsonNull() ? 1 : 0);
    }

    private static FieldScore object(String field, JsonElement expected, JsonElement actual) {
        if (!(expected.isJsonObject() || expected.isJsonNull()) || !(actual.isJsonObject() || actual.isJsonNull())) {
            return scalar(field, expected, actual); // not the object the conventions say: right only if the same
        }
        if (expected.isJsonNull() || actual.isJsonNull()) {
            if (expected.isJsonNull() && actual.isJsonNull()) {
                return new FieldScore(field, 1, 0);
            }
            int invented = 0;
            if (expected.isJsonNull()) {
                for (String sub : actual.getAsJsonObject().keySet()) {
                    invented += normalise(actual.getAsJsonObject().get(sub)).isJsonNull() ? 0 : 1;
                }
            }
            return new FieldScore(field, 0, invented);
        }
        JsonObject e = expected.getAsJsonObject();
        JsonObject a = actual.getAsJsonObject();
        Set<String> subFields = new LinkedHashSet<>(e.keySet());
        subFields.addAll(a.keySet());
        if (subFields.isEmpty()) {
            return new FieldScore(field, 1, 0);
        }
        double sum = 0;
        int invented = 0;
        for (String sub : subFields) {
            FieldScore s = scalar(field + "." + sub, member(e, sub), member(a, sub));
            sum += s.score();
            invented += s.invented();
        }
        return new FieldScore(field, sum / subFields.size(), invented);
    }

    private static FieldScore list(String field, JsonElement expected, JsonElement actual) {
        List<JsonElement> e = items(expected);
        List<JsonElement> a = items(actual);
        if (e.isEmpty() && a.isEmpty()) {
            return new FieldScore(field, 1, 0);
        }
        List<JsonElement> unmatched = new ArrayList<>(e);
        int matched = 0;
        for (JsonElement item : a) {
            if (unmatched.remove(item)) {
                matched++;
            }
        }
        // F1 = 2PR / (P + R) with P = matched / |actual| and R = matched / |expected|.
        return new FieldScore(field, 2.0 * matched / (e.size() + a.size()), e.isEmpty() ? a.size() : 0);
    }

    private static List<JsonElement> items(JsonElement list) {
        if (list.isJsonNull()) {
            return List.of();
        }
        if (!list.isJsonArray()) {
            return List.of(normalise(list));
        }
        List<JsonElement> items = new ArrayList<>();
        list.getAsJsonArray().forEach(i -> items.add(normalise(i)));
        return items;
    }

    private static JsonElement member(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e == null ? JsonNull.INSTANCE : e;
    }

    /** The value with its strings in NFC with white space collapsed, and its null members dropped. */
    static JsonElement normalise(JsonElement value) {
        if (value == null || value.isJsonNull()) {
            return JsonNull.INSTANCE;
        }
        if (value.isJsonPrimitive()) {
            JsonPrimitive p = value.getAsJsonPrimitive();
            return p.isString() ? new JsonPrimitive(normalise(p.getAsString())) : p;
        }
        if (value.isJsonArray()) {
            JsonArray out = new JsonArray();
            value.getAsJsonArray().forEach(i -> out.add(normalise(i)));
            return out;
        }
        JsonObject out = new JsonObject();
        value.getAsJsonObject().entrySet().stream()
                .filter(m -> !m.getValue().isJsonNull())
                .forEach(m -> out.add(m.getKey(), normalise(m.getValue())));
        return out;
    }

    static String normalise(String s) {
        return WHITE_SPACE.matcher(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    /** Scores every expected file under {@code expectedDir} against its actual file under {@code actualDir}. */
    public static Scoring scoreFolders(Path expectedDir, Path actualDir) throws IOException {
        List<Path> expectedFiles;
        try (Stream<Path> walk = Files.walk(expectedDir)) {
            expectedFiles = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(EXPECTED_SUFFIX))
                    .map(expectedDir::relativize)
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        }
        List<DocumentScore> documents = new ArrayList<>();
        Set<Path> paired = new HashSet<>();
        for (Path relative : expectedFiles) {
            Path actualRelative = actualFor(relative);
            Path actualFile = actualDir.resolve(actualRelative);
            JsonObject actual = null;
            if (Files.isRegularFile(actualFile)) {
                actual = readObject(actualFile);
                paired.add(actualFile.toAbsolutePath().normalize());
            }
            String name = relative.toString().substring(0, relative.toString().length() - EXPECTED_SUFFIX.length());
            documents.add(score(partOf(relative), name, readObject(expectedDir.resolve(relative)), actual));
        }
        int unpaired;
        try (Stream<Path> walk = Files.exists(actualDir) ? Files.walk(actualDir) : Stream.empty()) {
            unpaired = (int) walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !paired.contains(p.toAbsolutePath().normalize()))
                    .count();
        }
        return new Scoring(documents, unpaired);
    }

    /** The scores of a folder, and how many actual JSON files no expected file asked for (a hint of a wrong pairing). */
    public record Scoring(List<DocumentScore> documents, int unpairedActualFiles) {
        public Scoring {
            documents = List.copyOf(documents);
        }
    }

    /** Where {@code unld extract} writes the extraction an expected file describes (see Pairing above). */
    static Path actualFor(Path relativeExpected) {
        String file = relativeExpected.getFileName().toString();
        Path actual = Path.of(file.substring(0, file.length() - EXPECTED_SUFFIX.length()) + ".json");
        Path folder = relativeExpected.getParent();
        if (folder == null) {
            return actual;
        }
        if (folder.getFileName().toString().equals("expected")) {
            folder = folder.resolveSibling("documents");
        }
        return folder.resolve(actual);
    }

    static String partOf(Path relativeExpected) {
        return relativeExpected.getNameCount() > 1 ? relativeExpected.getName(0).toString() : ".";
    }

    private static JsonObject readObject(Path file) throws IOException {
        try {
            JsonElement json = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
            if (!json.isJsonObject()) {
                throw new IOException(file + ": not a JSON object");
            }
            return json.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new IOException(file + ": not valid JSON: " + e.getMessage(), e);
        }
    }

    /** {@code ExtractionScorer [--markdown] EXPECTED_DIR ACTUAL_DIR}: prints the report (exit 2 on a usage or file error). */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        boolean markdown = args.length == 3 && args[0].equals("--markdown");
        if (args.length != (markdown ? 3 : 2)) {
            System.err.println("usage: ExtractionScorer [--markdown] EXPECTED_DIR ACTUAL_DIR");
            System.exit(2);
        }
        Path expected = Path.of(args[markdown ? 1 : 0]);
        Path actual = Path.of(args[markdown ? 2 : 1]);
        if (!Files.isDirectory(expected)) {
            System.err.println("score: no folder " + expected);
            System.exit(2);
        }
        try {
            Scoring scoring = scoreFolders(expected, actual);
            if (scoring.documents().isEmpty()) {
                System.err.println("score: no *" + EXPECTED_SUFFIX + " file under " + expected);
                System.exit(2);
            }
            QualityReport report = new QualityReport(scoring);
            out.print(markdown ? report.markdown() : report.text(expected, actual));
        } catch (IOException | UncheckedIOException e) {
            System.err.println("score: " + e.getMessage());
            System.exit(2);
        }
    }
}
