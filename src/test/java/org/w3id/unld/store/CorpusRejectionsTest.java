package org.w3id.unld.store;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.w3id.unld.testing.SharedCorpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real UN document is never lost: every document of the shared corpus, in every format the reader takes
 * (text, Markdown, PDF, Word), goes through read → parse → map → validate as ingest takes it, and only the
 * files that are no UN document are rejected. What a document lacks (an agenda item whose session it does
 * not print: HSP/GC/21/3, A/HRC/PRST/OS/…) is a warning, and the document is accepted.
 */
@Tag("corpus")
class CorpusRejectionsTest {
    /**
     * The corpus files that are no UN document (empty, binary, a shopping list, no UN layout), by path under
     * the corpus: only these may be rejected. None today.
     */
    static final Set<String> NOT_UN_DOCUMENTS = Set.of();

    /**
     * The corpus's notes about itself (its conventions and its SOURCES.md files) sit among its documents but
     * are none of them, so they are not ingested here.
     */
    static boolean isCorpusNote(Path file) {
        String name = file.getFileName().toString();
        return name.equals("EXTRACTION-CONVENTIONS.md") || name.equals("SOURCES.md") || name.equals("README.md");
    }

    static List<Path> documents() {
        Path corpus = SharedCorpus.require(SharedCorpus.CORPUS);
        return Ingest.expand(List.of(corpus), null).stream()
                .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(txt|md|markdown|pdf|docx)$"))
                .filter(f -> !isCorpusNote(f))
                .toList();
    }

    @Test
    void onlyFilesThatAreNoUnDocumentAreRejected() {
        List<Path> files = documents();
        assertTrue(files.size() > 1500, "the corpus has its 1,600-odd documents: " + files.size());
        Pipeline pipeline = new Pipeline("http://localhost:3030/");
        // Prepared on every core, as ingest prepares them; the pipeline is thread-safe.
        List<Outcome> outcomes = files.parallelStream().map(pipeline::process).toList();

        List<Outcome.Rejected> rejected = outcomes.stream().filter(o -> o instanceof Outcome.Rejected)
                .map(o -> (Outcome.Rejected) o).toList();
        long warned = outcomes.stream().filter(o -> o instanceof Outcome.Accepted a && !a.warnings().isEmpty()).count();
        System.out.printf("corpus: %d files, %d accepted (%d with warnings), %d rejected%n",
                files.size(), files.size() - rejected.size(), warned, rejected.size());

        Path corpus = SharedCorpus.CORPUS;
        Set<String> rejectedFiles = rejected.stream().map(r -> corpus.relativize(r.file()).toString())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(NOT_UN_DOCUMENTS.size(), rejected.size(), () -> "rejected " + rejected.size() + " file(s), expected "
                + NOT_UN_DOCUMENTS.size() + " (the files that are no UN document):\n  "
                + rejected.stream().map(Outcome.Rejected::describe).collect(Collectors.joining("\n  ")));
        assertEquals(new TreeSet<>(NOT_UN_DOCUMENTS), rejectedFiles, "the rejected files are those that are no UN document");
    }
}
