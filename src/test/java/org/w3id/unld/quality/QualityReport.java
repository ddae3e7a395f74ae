package org.w3id.unld.quality;

import org.w3id.unld.quality.ExtractionScorer.DocumentScore;
import org.w3id.unld.quality.ExtractionScorer.FieldScore;
import org.w3id.unld.quality.ExtractionScorer.Scoring;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of a {@link Scoring}, overall, per field and per part, as a plain-text table for the terminal or a
 * Markdown one for docs/EXTRACTION-QUALITY.md. The rules behind each score are in {@link ExtractionScorer}.
 */
final class QualityReport {
    private final Scoring scoring;
    private final Tally overall = new Tally();
    private final Map<String, Tally> fields = new LinkedHashMap<>();
    private final Map<String, Tally> parts = new LinkedHashMap<>();

    QualityReport(Scoring scoring) {
        this.scoring = scoring;
        ExtractionScorer.FIELDS.forEach(f -> fields.put(f, new Tally()));
        for (DocumentScore d : scoring.documents()) {
            overall.add(d);
            parts.computeIfAbsent(d.part(), p -> new Tally()).add(d);
            for (FieldScore f : d.fields()) {
                fields.get(f.field()).add(f);
            }
        }
    }

    /** Scores summed over a set of (document, field) pairs, and the documents they came from. */
    static final class Tally {
        private int documents;
        private int rejected;
        private int perfect;
        private int pairs;
        private double sum;
        private int invented;

        void add(DocumentScore d) {
            documents++;
            rejected += d.rejected() ? 1 : 0;
            perfect += d.fields().stream().allMatch(f -> f.score() == 1) ? 1 : 0;
            d.fields().forEach(f -> {
                pairs++;
                sum += f.score();
                invented += f.invented();
            });
        }

        void add(FieldScore f) {
            documents++;
            perfect += f.score() == 1 ? 1 : 0;
            pairs++;
            sum += f.score();
            invented += f.invented();
        }

        double accuracy() {
            return pairs == 0 ? Double.NaN : sum / pairs;
        }

        int documents() {
            return documents;
        }

        int rejected() {
            return rejected;
        }

        int perfect() {
            return perfect;
        }

        int pairs() {
            return pairs;
        }

        int invented() {
            return invented;
        }
    }

    Tally overall() {
        return overall;
    }

    Tally field(String field) {
        return fields.get(field);
    }

    Tally part(String part) {
        return parts.get(part);
    }

    String text(Path expectedDir, Path actualDir) {
        StringBuilder b = new StringBuilder();
        b.append("Extraction quality: ").append(expectedDir).append(" (expected) against ").append(actualDir).append(" (actual)\n\n");
        b.append(format("Field accuracy   %.4f  (mean over %d document fields)%n", overall.accuracy(), overall.pairs()));
        b.append(format("Documents        %d: %d rejected (no JSON), %d with every field right%n",
                overall.documents(), overall.rejected(), overall.perfect()));
        b.append(format("Invented values  %d%n", overall.invented()));
        if (scoring.unpairedActualFiles() > 0) {
            b.append(format("Not scored       %d actual JSON files that no expected file names%n", scoring.unpairedActualFiles()));
        }
        b.append(format("%n%-18s %10s %10s %10s %10s%n", "field", "documents", "accuracy", "all right", "invented"));
        fields.forEach((field, t) -> b.append(format("%-18s %10d %10s %10d %10d%n", field, t.documents(), accuracy(t), t.perfect(), t.invented())));
        b.append(format("%n%-18s %10s %10s %10s %10s%n", "part", "documents", "rejected", "accuracy", "invented"));
        parts.forEach((part, t) -> b.append(format("%-18s %10d %10d %10.4f %10d%n", part, t.documents(), t.rejected(), t.accuracy(), t.invented())));
        return b.toString();
    }

    String markdown() {
        StringBuilder b = new StringBuilder();
        b.append(format("**Field accuracy %.4f** (mean over %d document fields) on %d documents: %d rejected, "
                        + "%d with every field right; **%d invented values**.%n",
                overall.accuracy(), overall.pairs(), overall.documents(), overall.rejected(), overall.perfect(), overall.invented()));
        if (scoring.unpairedActualFiles() > 0) {
            b.append(format("%n%d actual JSON files that no expected file names were not scored.%n", scoring.unpairedActualFiles()));
        }
        b.append("\n| field | documents | accuracy | all right | invented |\n|---|--:|--:|--:|--:|\n");
        fields.forEach((field, t) -> b.append(format("| %s | %d | %s | %d | %d |%n", field, t.documents(), accuracy(t), t.perfect(), t.invented())));
        b.append("\n| part | documents | rejected | accuracy | invented |\n|---|--:|--:|--:|--:|\n");
        parts.forEach((part, t) -> b.append(format("| %s | %d | %d | %.4f | %d |%n", part, t.documents(), t.rejected(), t.accuracy(), t.invented())));
        return b.toString();
    }

    /** A field no document counted (meeting, in a sample without meeting records) has no accuracy: "-". */
    private static String accuracy(Tally t) {
        return t.pairs() == 0 ? "-" : format("%.4f", t.accuracy());
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
