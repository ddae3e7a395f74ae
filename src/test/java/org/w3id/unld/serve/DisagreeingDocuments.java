package org.w3id.unld.serve;

import org.w3id.unld.map.DocumentMapper;
import org.w3id.unld.map.MappedDocument;
import org.w3id.unld.map.TestDocuments;
import org.w3id.unld.model.Agent;
import org.w3id.unld.model.DocumentType;
import org.w3id.unld.model.Event;
import org.w3id.unld.model.Extraction;
import org.w3id.unld.model.ParsedDocument;
import org.w3id.unld.model.SymbolSource;
import org.w3id.unld.reference.Gazetteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Documents that describe the same shared resources differently, mapped by the real mapper: the two cases of issue 17
 * (a conference of 2023 held in Doha says one, in New York says another, as the Fifth United Nations Conference on
 * the Least Developed Countries, which met in two parts, is reported in the corpus; the World
 * Conference on Human Rights of 1993 opening on 14 June says one, on 15 June say six others, all agreeing on its end and
 * place) and a signatory whose name two letters print in two ways.
 */
final class DisagreeingDocuments {
    static final String TWO_PART_CONFERENCE = "id/event/fifth-united-nations-conference-on-the-least-developed-countries-2023";
    static final String WORLD_CONFERENCE = "id/event/world-conference-on-human-rights-1993";
    static final String SIGNATORY = "id/person/tofiq-musayev";
    static final String DOHA = "id/place/doha";
    static final String NEW_YORK = "id/place/new-york";
    static final String VIENNA = "id/place/vienna";
    /** The documents that date the World Conference from 15 June: more than a value lists. */
    static final int FROM_THE_FIFTEENTH = Attributions.DOCUMENTS_PER_VALUE + 1;

    private DisagreeingDocuments() {
    }

    static Event twoPartConferenceIn(String city) {
        return new Event("Fifth United Nations Conference on the Least Developed Countries", LocalDate.of(2023, 3, 5), null, city,
                Event.Kind.CONFERENCE, null);
    }

    static Event worldConferenceFrom(int june) {
        return new Event("World Conference on Human Rights", LocalDate.of(1993, 6, june), LocalDate.of(1993, 6, 25), "Vienna",
                Event.Kind.CONFERENCE, null);
    }

    /** All of them, with IRIs under {@code base}. */
    static List<MappedDocument> all(String base) {
        List<MappedDocument> documents = new ArrayList<>();
        documents.add(report(base, "A/78/1", List.of(twoPartConferenceIn("Doha")), List.of()));
        documents.add(report(base, "S/2021/5", List.of(twoPartConferenceIn("New York")), List.of()));
        documents.add(report(base, "A/CONF.157/24", List.of(worldConferenceFrom(14)), List.of()));
        for (int i = 1; i <= FROM_THE_FIFTEENTH; i++) {
            documents.add(report(base, "A/48/" + i, List.of(worldConferenceFrom(15)), List.of()));
        }
        documents.add(report(base, "A/79/10", List.of(), List.of(new Agent("Tofiq Musayev", null, null, null))));
        documents.add(report(base, "A/79/20", List.of(), List.of(new Agent("TOFIQ MUSAYEV", null, null, null))));
        return documents;
    }

    /** A report with {@code symbol} that refers to {@code events} and is signed by {@code signatories}, through the real mapper. */
    static MappedDocument report(String base, String symbol, List<Event> events, List<Agent> signatories) {
        Extraction e = new Extraction(List.of(symbol), SymbolSource.MASTHEAD, List.of(), null, null, null, List.of(), List.of(),
                DocumentType.REPORT, "Report " + symbol, null, List.of(), List.of(), List.of(), events, null);
        return new DocumentMapper(base, Gazetteer.standard(), "0.1.0").map(new ParsedDocument(
                TestDocuments.text(symbol.replace('/', '_') + ".txt", symbol), e, signatories, List.of(), List.of(), List.of()));
    }
}
