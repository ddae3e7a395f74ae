package org.w3id.unld.bench;

import org.w3id.unld.parse.SymbolGrammar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A corpus of any size built deterministically from the real text documents of a corpus folder (../shared/corpus
 * for the benchmarks, src/test/resources/corpus for the tests that need many documents): copy
 * {@code r} of a source document (r ≥ 1) gets its own symbol (the last number of the symbol raised by
 * {@code r × 100000}, in the file name and wherever the text prints it), dates moved {@code r mod 7}
 * years back and agenda item numbers moved by {@code r mod 5}. Copy 0 is the document itself. The same
 * arguments always give the same files.
 */
public final class ScaledCorpus {
    private static final Pattern DATE = Pattern.compile(
            "\\b(\\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) ((?:19|20)\\d\\d)\\b");
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Pattern AGENDA_ITEM = Pattern.compile("\\b(Agenda items?|Items?) (\\d{1,3})\\b");
    private static final Pattern LAST_NUMBER = Pattern.compile("(\\d+)(?!.*\\d)");

    private ScaledCorpus() {
    }

    /** The source documents: every plain-text document of the corpus folder, in name order. */
    public static List<Path> sources(Path corpus) {
        try (Stream<Path> walk = Files.walk(corpus.resolve("text"))) {
            List<Path> files = new ArrayList<>(walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
            files.add(0, corpus.resolve("seed/000_2d414ff8111b79ff.txt"));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code count} documents into {@code target} and returns them in order. */
    public static List<Path> write(Path corpus, Path target, int count) {
        List<Path> sources = sources(corpus);
        List<Path> written = new ArrayList<>(count);
        try {
            Files.createDirectories(target);
            for (int i = 0; i < count; i++) {
                Path source = sources.get(i % sources.size());
                int round = i / sources.size();
                String text = Files.readString(source, StandardCharsets.UTF_8);
                String name = source.getFileName().toString();
                if (round > 0) {
                    List<String> symbols = SymbolGrammar.fromFileName(name);
                    if (!symbols.isEmpty()) {
                        String symbol = symbols.get(0);
                        String varied = raise(symbol, round);
                        text = text.replace(symbol, varied);
                        name = varied.replaceAll("[/ ]", "_").replace("__", "_") + ".txt";
                    }
                    text = moveDates(text, round % 7);
                    text = moveAgendaItems(text, round % 5);
                }
                Path file = target.resolve(String.format("%07d_%s", i, name));
                Files.writeString(file, text, StandardCharsets.UTF_8);
                written.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    static String raise(String symbol, int round) {
        // The year of "S/RES/2331 (2016)" is not the number to raise: raise the resolution number.
        String head = symbol.contains(" (") ? symbol.substring(0, symbol.indexOf(" (")) : symbol;
        String tail = symbol.substring(head.length());
        Matcher m = LAST_NUMBER.matcher(head);
        if (!m.find()) {
            return symbol + "/Add." + round;
        }
        long raised = Long.parseLong(m.group(1)) + 100_000L * round;
        return head.substring(0, m.start()) + raised + head.substring(m.end()) + tail;
    }

    static String moveDates(String text, int years) {
        if (years == 0) {
            return text;
        }
        return DATE.matcher(text).replaceAll(m -> {
            try {
                LocalDate d = LocalDate.parse(m.group(1) + " " + m.group(2) + " " + m.group(3), PRINTED);
                return d.minusYears(years).format(PRINTED);
            } catch (DateTimeParseException e) {
                return m.group();
            }
        });
    }

    static String moveAgendaItems(String text, int by) {
        if (by == 0) {
            return text;
        }
        return AGENDA_ITEM.matcher(text).replaceAll(m -> m.group(1) + " " + (Integer.parseInt(m.group(2)) + by));
    }

    /** {@code ScaledCorpus CORPUS TARGET COUNT}: writes the corpus (bench/run.sh calls this). */
    public static void main(String[] args) {
        List<Path> files = write(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]));
        System.out.println("wrote " + files.size() + " documents to " + args[1]);
    }
}
