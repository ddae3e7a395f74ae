package org.w3id.unld.parse;

import org.w3id.unld.model.DocumentType;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The genre of a document, from its symbol's form ("/RES/", "/PV.", "/PRST/") and from its heading
 * ("Letter dated", ": draft resolution", "Report of the Secretary-General", "Note by …").
 */
final class DocumentTypeClassifier {
    private static final Pattern RESOLUTION = Pattern.compile("/(?:RES|Res)[/.]");
    private static final Pattern DECISION = Pattern.compile("/(?:DEC|Dec)[/.]");
    private static final Pattern STATEMENT = Pattern.compile("/PRST/");
    private static final Pattern AGENDA_SYMBOL = Pattern.compile("^S/Agenda/");
    /** "A/80/L.6/Corr.1", "S/2024/870/Corr.2": the document corrects another (an addendum keeps its document's type). */
    private static final Pattern CORRIGENDUM_SYMBOL = Pattern.compile("/Corr\\.\\d+$");
    /** "report", and its French and Spanish "rapport", "informe". */
    private static final Pattern REPORT_WORD = Pattern.compile("\\b(?:reports?|rapports?|informes?|proceedings)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern REPORT_NEAR_START = Pattern.compile("(?i)^(?:\\w+\\s+){0,4}(?:reports?|rapports?|informes?|proceedings)\\b");


    private DocumentTypeClassifier() {
    }

    /** Whether a symbol is a resolution's or a decision's ("E/RES/688 (XXVI)", "A/DEC/78/540"): an outcome, never a record. */
    static boolean isOutcomeSymbol(String symbol) {
        return RESOLUTION.matcher(symbol).find() || DECISION.matcher(symbol).find();
    }

    /**
     * @param frontGenre the genre a line of the front matter names ({@link TitleParser#genreNamed}), or null: what the
     *                   document is when neither its symbol nor the heading chosen for its title says (asked only then)
     */
    static DocumentType classify(List<String> symbols, TitleParser.Heading heading, boolean meeting,
                                 java.util.function.Supplier<TitleParser.Kind> frontGenre) {
        DocumentType type = fromSymbolAndHeading(symbols, heading, meeting);
        TitleParser.Kind genre = type == DocumentType.OTHER ? frontGenre.get() : null;
        return genre == null ? type : fromSymbolAndHeading(symbols, new TitleParser.Heading(null, genre, -1, -1, null), false);
    }

    private static DocumentType fromSymbolAndHeading(List<String> symbols, TitleParser.Heading heading, boolean meeting) {
        String symbol = symbols.isEmpty() ? "" : symbols.get(0);
        TitleParser.Kind kind = heading.kind();
        if (meeting || SymbolGrammar.isMeetingRecord(symbol)) {
            return DocumentType.MEETING_RECORD;
        }
        if (CORRIGENDUM_SYMBOL.matcher(symbol).find()) {
            return DocumentType.CORRIGENDUM;
        }
        switch (kind) {
            case DRAFT_RESOLUTION:
                return DocumentType.DRAFT_RESOLUTION;
            case DRAFT_DECISION:
                return DocumentType.DRAFT_DECISION;
            case AMENDMENT:
                return DocumentType.AMENDMENT;
            default:
                break;
        }
        if (STATEMENT.matcher(symbol).find() || kind == TitleParser.Kind.STATEMENT) {
            return DocumentType.PRESIDENTIAL_STATEMENT;
        }
        if (DECISION.matcher(symbol).find() || kind == TitleParser.Kind.DECISION) {
            return DocumentType.DECISION;
        }
        if (RESOLUTION.matcher(symbol).find() || kind == TitleParser.Kind.RESOLUTION || kind == TitleParser.Kind.SC_RESOLUTION) {
            return DocumentType.RESOLUTION;
        }
        switch (kind) {
            case IDENTICAL_LETTERS:
                return DocumentType.IDENTICAL_LETTERS;
            case LETTER:
                return DocumentType.LETTER;
            case NOTE_VERBALE:
                return DocumentType.NOTE_VERBALE;
            case AGENDA:
                return DocumentType.AGENDA;
            case REPORT:
                return DocumentType.REPORT;
            case NOTE:
                return DocumentType.NOTE;
            default:
                break;
        }
        if (AGENDA_SYMBOL.matcher(symbol).find() || heading.title() != null && TitleParser.isAgendaTitle(heading.title())) {
            return DocumentType.AGENDA;
        }
        if (heading.title() != null && REPORT_WORD.matcher(heading.title()).find()
                && REPORT_NEAR_START.matcher(heading.title()).lookingAt()) {
            return DocumentType.REPORT;
        }
        return DocumentType.OTHER;
    }
}
