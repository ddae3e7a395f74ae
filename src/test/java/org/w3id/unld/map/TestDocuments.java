package org.w3id.unld.map;

import org.w3id.unld.model.Addressee;
import org.w3id.unld.model.AgendaItem;
import org.w3id.unld.model.Annex;
import org.w3id.unld.model.Author;
import org.w3id.unld.model.DocumentType;
import org.w3id.unld.model.Event;
import org.w3id.unld.model.Extraction;
import org.w3id.unld.model.Meeting;
import org.w3id.unld.model.Session;
import org.w3id.unld.model.SymbolSource;
import org.w3id.unld.model.Agent;
import org.w3id.unld.model.Citation;
import org.w3id.unld.model.ExtractionJson;
import org.w3id.unld.model.Mention;
import org.w3id.unld.model.ParsedDocument;
import org.w3id.unld.model.SourceText;
import org.w3id.unld.model.RejectedDocumentException;
import org.w3id.unld.parse.DocumentParser;
import org.w3id.unld.parse.EventParser;
import org.w3id.unld.parse.SymbolGrammar;
import org.w3id.unld.read.SourceReader;
import org.w3id.unld.testing.TestResources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Parsed documents for map and validate tests, built from expected extractions (the parser is another
 * stage): the extraction from an expected JSON file, the source from the text file it was written for.
 */
public final class TestDocuments {
    public static final Path SEED_TEXT = TestResources.REFERENCE_DOCUMENT;
    public static final Path SEED_EXPECTED = TestResources.REFERENCE_EXPECTED;

    /** The golden set: expected extractions under src/test/resources/golden/expected/{corpus path}.expected.json. */
    public static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "expected");

    private TestDocuments() {
    }

    /** One expected extraction with the source file it was written for. */
    public record Golden(String name, Path expected, Path source) {
        public ParsedDocument parsed() {
            return fromExpected(expected, source);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The seed and every golden expected extraction, in path order. */
    public static List<Golden> golden() {
        List<Golden> all = new ArrayList<>();
        all.add(new Golden("seed/" + SEED_TEXT.getFileName(), SEED_EXPECTED, SEED_TEXT));
        if (Files.isDirectory(GOLDEN)) {
            try (Stream<Path> files = Files.walk(GOLDEN)) {
                files.filter(f -> f.getFileName().toString().endsWith(".expected.json")).sorted().forEach(f -> {
                    String relative = GOLDEN.relativize(f).toString().replace('\\', '/');
                    String corpusPath = relative.substring(0, relative.length() - ".expected.json".length());
                    all.add(new Golden(corpusPath, f, TestResources.CORPUS.resolve(corpusPath)));
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    /** The reference document: a letter circulated under the General Assembly and the Security Council. */
    public static ParsedDocument reference() {
        return fromExpected(SEED_EXPECTED, SEED_TEXT);
    }

    /**
     * The document as the parser gives it, from its expected JSON: the JSON does not list the signatories apart, and
     * where a letter's sender has a name the parser's signatory is that sender (its signature block, in its post).
     */
    public static ParsedDocument fromExpected(Path expectedJson, Path text) {
        Extraction e = ExtractionJson.read(read(expectedJson));
        List<Agent> signatories = e.sender() != null && e.sender().name() != null && !e.sender().name().isBlank()
                ? List.of(e.sender()) : List.of();
        return fromExpected(expectedJson, text, signatories, List.of(), List.of());
    }

    public static ParsedDocument fromExpected(Path expectedJson, Path text, List<Agent> signatories,
                                              List<Citation> citations, List<Mention> mentions) {
        Extraction e = asParsed(ExtractionJson.read(read(expectedJson)));
        return new ParsedDocument(source(text), e, signatories, citations, mentions, SymbolGrammar.relatedDocuments(e.symbols()));
    }

    /**
     * The extraction with what the parser decides beyond the JSON's fields, as it decides it (and the related documents
     * its symbols name, {@link SymbolGrammar#relatedDocuments}, which the parsed document carries): each event's kind and edition of a
     * series (from its name), the meeting's organ (from the masthead). The JSON carries neither, and the mapper only
     * translates what the parser decided.
     */
    static Extraction asParsed(Extraction e) {
        return new Extraction(e.symbols(), e.symbolSource(), e.organs(), e.distribution(), e.date(), e.originalLanguage(),
                e.sessions(), e.agendaItems(), e.documentType(), e.title(), e.sender(), e.addressees(), e.sponsors(), e.annexes(),
                e.events().stream().map(EventParser::decided).toList(),
                e.meeting() == null ? null : e.meeting().withOrgan(DocumentParser.meetingOrgan(e.organs(), e.sessions())));
    }

    /**
     * A source as the product reads it: the real reader (the stage before the mappers), so that documents
     * without symbol get the IRI the store gives them (their text is hashed after the reader's cleaning).
     */
    public static SourceText source(Path file) {
        try {
            return new SourceReader().read(file);
        } catch (RejectedDocumentException e) {
            throw new IllegalStateException(file + ": " + e.reason(), e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
    /**
     * A draft resolution that uses every part of the model: two symbols, an emergency special session,
     * an unnumbered agenda item, sponsors, several signatories, annexes with and without author, events,
     * citations (one of its own symbol) and mentions.
     */
    public static ParsedDocument everything() {
        Extraction e = new Extraction(List.of("A/ES-10/L.30", "S/2024/1"), SymbolSource.MASTHEAD,
                List.of("General Assembly", "Security Council"), "Limited", LocalDate.of(2024, 11, 1), "fr",
                List.of(new Session("General Assembly", 10, Session.EMERGENCY_SPECIAL), new Session("Security Council", 79)),
                List.of(new AgendaItem("General Assembly", 10, "5", "Illegal Israeli actions in Occupied East Jerusalem"),
                        new AgendaItem("Security Council", 79, null, "The situation in the Middle East")),
                DocumentType.DRAFT_RESOLUTION, "Draft resolution on the question",
                new Agent("Jane Doe", "Ambassador", "Chargé d'affaires a.i.", "Ruritania"),
                List.of(new Addressee("Secretary-General"), new Addressee("President of the Security Council")),
                List.of("Ruritania", "European Union"),
                List.of(new Annex("Annex", new Author("John Roe", "Minister for Foreign Affairs of Ruritania"), "Geneva", LocalDate.of(2024, 10, 30)),
                        new Annex(null, new Author(null, "Secretary-General"), null, null)),
                List.of(new Event("World Summit on the Information Society", LocalDate.of(2025, 7, 7), LocalDate.of(2025, 7, 11), "Geneva",
                                Event.Kind.CONFERENCE, null),
                        new Event("meeting of the Contact Group", LocalDate.of(2024, 9, 1), LocalDate.of(2024, 9, 1), "Qatar")),
                null);
        return new ParsedDocument(text("A_ES-10_L.30.txt", "Draft resolution text"), e,
                List.of(new Agent("Jane Doe", "Ambassador", "Chargé d'affaires a.i.", "Ruritania"), new Agent("Max Mustermann", null, "Permanent Representative", "Freedonia")),
                List.of(new Citation("S/RES/2331 (2016)", 12), new Citation("S/2024/1", 14)),
                List.of(new Mention(Mention.Kind.COUNTRY, "ARM", "Armenia"), new Mention(Mention.Kind.ORGANIZATION, "unesco", "UNESCO"),
                        new Mention(Mention.Kind.PLACE, "western-azerbaijan", "Western Azerbaijan")), List.of());
    }

    public static ParsedDocument meetingRecord() {
        Extraction e = new Extraction(List.of("S/PV.8699 (Resumption 1)"), SymbolSource.MASTHEAD, List.of("Security Council"),
                null, LocalDate.of(2020, 1, 10), null, List.of(new Session("Security Council", 75)),
                List.of(new AgendaItem("Security Council", 75, null, "Maintenance of international peace and security")),
                DocumentType.MEETING_RECORD, null, null, List.of(), List.of(), List.of(), List.of(),
                new Meeting("8699", LocalDate.of(2020, 1, 10), "10 a.m.", "New York", "Pham", "Security Council"));
        return new ParsedDocument(text("S_PV.8699.txt", "record"), e, List.of(), List.of(), List.of(), List.of());
    }

    /**
     * A presidential statement of the Human Rights Council's organizational meeting, as A/HRC/PRST/OS/14/2
     * prints it: "Fourteenth cycle", "Organizational meeting", "Agenda item 5": the item's organ is printed,
     * its session is not.
     */
    public static ParsedDocument agendaItemWithoutSession() {
        Extraction e = new Extraction(List.of("A/HRC/PRST/OS/14/2"), SymbolSource.FILENAME, List.of("Human Rights Council"),
                null, LocalDate.of(2020, 12, 16), null, List.of(),
                List.of(new AgendaItem("Human Rights Council", null, "5", "Human rights bodies and mechanisms")),
                DocumentType.OTHER, "Methods of work of the Consultative Group of the Human Rights Council", null, List.of(),
                List.of(), List.of(), List.of(), null);
        return new ParsedDocument(text("A_HRC_PRST_OS_14_2.txt", "statement"), e, List.of(), List.of(), List.of(), List.of());
    }

    public static SourceText text(String fileName, String text) {
        return new SourceText(fileName, "text/plain", sha256(text.getBytes(StandardCharsets.UTF_8)), text);
    }
}
