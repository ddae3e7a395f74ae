package org.w3id.unld.map;

import org.apache.jena.graph.Node;
import org.w3id.unld.model.DocumentType;
import org.w3id.unld.model.Extraction;
import org.w3id.unld.model.SymbolSource;

import java.util.Locale;

/**
 * The document as a work: its classes, symbols, title, date, distribution and original language, and
 * its English language version (expression).
 */
final class DocumentFactsMapper implements FactMapper {

    @Override
    public void map(MappingContext context, Triples out) {
        Extraction e = context.extraction();
        Node doc = context.document();
        out.type(doc, Terms.DOCUMENT);
        Node specific = classOf(e.documentType());
        if (specific != null) {
            out.type(doc, specific);
        }
        out.label(doc, context.label());

        for (String symbol : e.symbols()) {
            out.text(doc, Terms.SYMBOL, symbol);
        }
        if (!e.symbols().isEmpty()) {
            out.rule(e.symbolSource() == SymbolSource.FILENAME ? Terms.SYMBOLS_FROM_FILE_NAME : Terms.SYMBOLS_FROM_MASTHEAD);
        }
        if (e.title() != null && !e.title().isBlank()) {
            out.text(doc, Terms.TITLE, e.title());
            out.rule(Terms.TITLE_FROM_HEADING);
        }
        if (e.date() != null) {
            out.date(doc, Terms.DATE, e.date());
            out.rule(Terms.DATE_FROM_MASTHEAD);
        }
        if (e.distribution() != null && !e.distribution().isBlank()) {
            out.text(doc, Terms.DISTRIBUTION, distribution(e.distribution()));
            out.rule(Terms.DISTRIBUTION_FROM_MASTHEAD);
        }
        if (e.originalLanguage() != null && !e.originalLanguage().isBlank()) {
            out.add(doc, Terms.ORIGINAL_LANGUAGE, context.shared().language(e.originalLanguage()));
            out.rule(Terms.ORIGINAL_LANGUAGE_FROM_MASTHEAD);
        }

        Node expression = context.expression();
        out.add(doc, Terms.EXPRESSION_OF, expression);
        out.type(expression, Terms.EXPRESSION);
        Node language = context.shared().language(DocumentMapper.TEXT_LANGUAGE);
        out.label(expression, context.label() + " (English)");
        out.add(expression, Terms.LANGUAGE_OF, language);
    }

    /** The specific class of a document type; none for "other". */
    static Node classOf(DocumentType type) {
        return switch (type) {
            case LETTER -> Terms.LETTER;
            case IDENTICAL_LETTERS -> Terms.IDENTICAL_LETTERS;
            case NOTE_VERBALE -> Terms.NOTE_VERBALE;
            case REPORT -> Terms.REPORT;
            case RESOLUTION -> Terms.RESOLUTION;
            case DRAFT_RESOLUTION -> Terms.DRAFT_RESOLUTION;
            case DECISION -> Terms.DECISION;
            case DRAFT_DECISION -> Terms.DRAFT_DECISION;
            case MEETING_RECORD -> Terms.MEETING_RECORD;
            case AGENDA -> Terms.AGENDA;
            case NOTE -> Terms.NOTE;
            case OTHER -> null;
        };
    }

    /** "GENERAL" (as 1990s mastheads print it) and "General" are one value: first letter upper case. */
    static String distribution(String printed) {
        String s = printed.strip().toLowerCase(Locale.ROOT);
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
