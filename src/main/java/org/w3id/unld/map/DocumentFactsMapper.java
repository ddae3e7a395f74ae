package org.w3id.unld.map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.unld.model.DocumentType;
import org.w3id.unld.model.Extraction;
import org.w3id.unld.model.SymbolSource;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document as a work: its classes, symbols, title, date, distribution and original language, and
 * its English language version (expression), and the documents its symbols say it revises, adds to or
 * corrects (A/80/L.10/Rev.1 is a revision of A/80/L.10, S/1996/502/Add.1 an addendum to S/1996/502).
 */
final class DocumentFactsMapper implements FactMapper {
    /** A symbol whose last element is a revision, addendum or corrigendum of the symbol before it. */
    private static final Pattern VERSION = Pattern.compile("^(.+)/(Rev|Add|Corr)\\.[0-9]+$");

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
            related(context, symbol, out);
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
        // The text itself, so that the full-text index (config.ttl) finds documents by what they say.
        String text = context.parsed().source().text().strip();
        if (!text.isEmpty()) {
            out.add(expression, Terms.FULL_TEXT, NodeFactory.createLiteralLang(text, DocumentMapper.TEXT_LANGUAGE));
        }
    }

    /**
     * The base document a revision, addendum or corrigendum symbol names: the symbol without its last
     * element (A/520/Rev.9/Corr.1 corrects A/520/Rev.9). Like a cited document, the base is labelled
     * with its symbol and not typed: this document is no source for what the base is.
     */
    private static void related(MappingContext context, String symbol, Triples out) {
        if (symbol == null) {
            return;
        }
        Matcher m = VERSION.matcher(symbol.strip());
        if (!m.matches()) {
            return;
        }
        Node base = context.iris().document(m.group(1));
        if (base.equals(context.document())) {
            return;
        }
        Node relation = switch (m.group(2)) {
            case "Rev" -> Terms.REVISION_OF;
            case "Add" -> Terms.ADDENDUM_TO;
            default -> Terms.CORRIGENDUM_TO;
        };
        out.add(context.document(), relation, base);
        out.label(base, m.group(1));
        out.rule(Terms.RELATED_DOCUMENTS_FROM_SYMBOLS);
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
            case AMENDMENT -> Terms.AMENDMENT;
            case PRESIDENTIAL_STATEMENT -> Terms.PRESIDENTIAL_STATEMENT;
            case CORRIGENDUM -> Terms.CORRIGENDUM;
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
