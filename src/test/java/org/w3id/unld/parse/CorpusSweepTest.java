package org.w3id.unld.parse;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.w3id.unld.model.Extraction;
import org.w3id.unld.model.ParsedDocument;
import org.w3id.unld.model.RejectedDocumentException;
import org.w3id.unld.model.SourceText;
import org.w3id.unld.model.SymbolSource;
import org.w3id.unld.read.SourceReader;
import org.w3id.unld.testing.SharedCorpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every document of the shared corpus (text, Markdown, PDF, Word) is read and parsed: none is rejected or
 * throws, each has a document type, symbols come from the masthead or the file name, and a masthead that
 * prints a date gives one. Prints how many documents have each field.
 */
@Tag("corpus")
class CorpusSweepTest {
    /** A masthead date line: "Distr." near the top with a full date near it. */
    private static final Pattern DISTR = Pattern.compile("(?i)^\\s*(?:\\*\\*)?(?:\\S+\\s+){0,4}Distr\\b");
    private static final Pattern DATE = Pattern.compile("^\\s*(?:S/\\S+\\s+)?\\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{4}\\s*$");

    @Test
    void everyCorpusDocumentIsReadAndParsedWithTypeSymbolsAndMastheadDate() throws IOException {
        List<Path> files = documents(SharedCorpus.corpus());
        assertTrue(files.size() > 1500, "the shared corpus has more than 1,500 documents, found " + files.size());
        SourceReader reader = new SourceReader();
        DocumentParser parser = new DocumentParser();
        List<String> problems = new ArrayList<>();
        List<Extraction> extractions = new ArrayList<>();
        Map<String, Integer> types = new TreeMap<>();
        Map<String, Integer> sources = new TreeMap<>();
        for (Path file : files) {
            String rel = SharedCorpus.corpus().relativize(file).toString();
            try {
                SourceText text = reader.read(file);
                ParsedDocument doc = parser.parse(text);
                Extraction e = doc.extraction();
                extractions.add(e);
                types.merge(e.documentType().code(), 1, Integer::sum);
                sources.merge(e.symbolSource() == null ? "none" : e.symbolSource().code(), 1, Integer::sum);
                boolean fileNameHasSymbol = !SymbolGrammar.fromFileName(text.fileName()).isEmpty();
                if (e.symbols().isEmpty() && fileNameHasSymbol) {
                    problems.add(rel + ": no symbols although the file name gives one");
                }
                if (e.symbols().isEmpty() != (e.symbolSource() == null)) {
                    problems.add(rel + ": symbols " + e.symbols() + " but symbolSource " + e.symbolSource());
                }
                if (e.symbolSource() == SymbolSource.FILENAME && !e.symbols().equals(SymbolGrammar.fromFileName(text.fileName()))) {
                    problems.add(rel + ": symbols from the file name differ from what the file name says");
                }
                if (mastheadPrintsDate(text.text()) && e.date() == null) {
                    problems.add(rel + ": the masthead prints a date, the extraction has none");
                }
            } catch (RejectedDocumentException ex) {
                problems.add(rel + ": rejected: " + ex.getMessage());
            } catch (RuntimeException | StackOverflowError ex) {
                problems.add(rel + ": " + ex);
            }
        }
        printCoverage(files.size(), extractions, types, sources);
        assertTrue(problems.isEmpty(), () -> problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
        assertEquals(files.size(), extractions.size());
    }

    private static boolean mastheadPrintsDate(String text) {
        String[] lines = text.split("\n", 40);
        boolean distr = false;
        for (int i = 0; i < Math.min(lines.length, 39); i++) {
            if (DISTR.matcher(lines[i]).find()) {
                distr = true;
            }
            if (distr && DATE.matcher(lines[i]).find()) {
                return true;
            }
        }
        return false;
    }

    private static void printCoverage(int total, List<Extraction> all, Map<String, Integer> types, Map<String, Integer> sources) {
        Map<String, Predicate<Extraction>> fields = new LinkedHashMap<>();
        fields.put("symbols", e -> !e.symbols().isEmpty());
        fields.put("organs", e -> !e.organs().isEmpty());
        fields.put("distribution", e -> e.distribution() != null);
        fields.put("date", e -> e.date() != null);
        fields.put("originalLanguage", e -> e.originalLanguage() != null);
        fields.put("sessions", e -> !e.sessions().isEmpty());
        fields.put("agendaItems", e -> !e.agendaItems().isEmpty());
        fields.put("title", e -> e.title() != null);
        fields.put("sender", e -> e.sender() != null);
        fields.put("addressee", e -> !e.addressees().isEmpty());
        fields.put("sponsors", e -> !e.sponsors().isEmpty());
        fields.put("annexes", e -> !e.annexes().isEmpty());
        fields.put("events", e -> !e.events().isEmpty());
        fields.put("meeting", e -> e.meeting() != null);
        StringBuilder b = new StringBuilder("Corpus sweep: " + total + " documents, " + all.size() + " extracted\n");
        fields.forEach((name, has) -> b.append(String.format(Locale.ROOT, "  %-17s %5d%n", name,
                all.stream().filter(has).count())));
        b.append("  documentType      ").append(types).append('\n');
        b.append("  symbolSource      ").append(sources);
        System.out.println(b);
    }

    static List<Path> documents(Path corpus) throws IOException {
        try (Stream<Path> s = Files.walk(corpus)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        boolean doc = n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".pdf") || n.endsWith(".docx");
                        return doc && !n.endsWith("conventions.md") && !p.getParent().equals(corpus);
                    })
                    .sorted().collect(Collectors.toList());
        }
    }
}
