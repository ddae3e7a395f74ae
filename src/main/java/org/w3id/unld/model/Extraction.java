package org.w3id.unld.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The facts that the parser reads off one UN document: what {@code unld extract} prints as JSON.
 * Absent means empty: a field the text does not give is null, a list is empty. The field names are a
 * public contract (see docs/EXTRACTION.md).
 *
 * @param addressees one for a letter, two or more for identical letters, none when the text names nobody
 * @param meeting    only for meeting records (S/PV), otherwise null
 */
public record Extraction(
        List<String> symbols,
        SymbolSource symbolSource,
        List<String> organs,
        String distribution,
        LocalDate date,
        String originalLanguage,
        List<Session> sessions,
        List<AgendaItem> agendaItems,
        DocumentType documentType,
        String title,
        Agent sender,
        List<Addressee> addressees,
        List<String> sponsors,
        List<Annex> annexes,
        List<Event> events,
        Meeting meeting) {

    public Extraction {
        symbols = List.copyOf(symbols);
        organs = List.copyOf(organs);
        sessions = List.copyOf(sessions);
        agendaItems = List.copyOf(agendaItems);
        Objects.requireNonNull(documentType, "documentType");
        addressees = List.copyOf(addressees);
        sponsors = List.copyOf(sponsors);
        annexes = List.copyOf(annexes);
        events = List.copyOf(events);
    }

    /** The symbol that names the document (its first), or null when it has none. */
    public String primarySymbol() {
        return symbols.isEmpty() ? null : symbols.get(0);
    }
}
