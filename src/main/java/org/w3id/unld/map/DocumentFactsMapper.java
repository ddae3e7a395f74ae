package org.w3id.unld.map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.unld.model.DocumentType;
import org.w3id.unld.model.Extraction;
import org.w3id.unld.model.RelatedDocument;
import org.w3id.unld.model.SymbolSource;
import org.w3id.unld.vocab.Unld;

import java.util.Locale;

/**
 * The document as a work: its classes, symbols, title, date, distribution and original language, and
 * its English language version (expression), and the documents that parse found its symbols say it revises,
 * adds to or corrects (A/80/L.10/Rev.1 is a revision of A/80/L.10, S/1996/502/Add.1 an addendum to S/1996/502).
 */
final class DocumentFactsMapper implements FactMapper {

    @Override
    public void map(MappingContext context, Triples out) {
        Extraction e = context.extraction();
        Node doc = context.document();
        out.type(doc, Unld.Document);
        Node specific = classOf(e.documentType());
        if (specific != null) {
            out.type(doc, specific);
        }
        out.label(doc, context.label());

        for (int i = 0; i < e.symbols().size(); i++) {
            out.stated("/symbols/" + i, out.text(doc, Unld.symbol, e.symbols().get(i)));
        }
        for (RelatedDocument related : context.parsed().relatedDocuments()) {
            related(context, related, out);
        }
        if (!e.symbols().isEmpty()) {
            out.rule(e.symbolSource() == SymbolSource.FILENAME ? Unld.SymbolsFromFileName : Unld.SymbolsFromMasthead);
        }
        if (e.title() != null && !e.title().isBlank()) {
            out.stated("/title", out.text(doc, DCTerms.title.asNode(), e.title()));
            out.rule(Unld.TitleFromHeading);
        }
        if (e.date() != null) {
            out.stated("/date", out.date(doc, DCTerms.date.asNode(), e.date()));
            out.rule(Unld.DateFromMasthead);
        }
        if (e.distribution() != null && !e.distribution().isBlank()) {
            out.stated("/distribution", out.text(doc, Unld.distribution, distribution(e.distribution())));
            out.rule(Unld.DistributionFromMasthead);
        }
        if (e.originalLanguage() != null && !e.originalLanguage().isBlank()) {
            out.stated("/originalLanguage", out.add(doc, Unld.originalLanguage, context.shared().language(e.originalLanguage())));
            out.rule(Unld.OriginalLanguageFromMasthead);
        }

        Node expression = context.expression();
        out.add(doc, Unld.expression, expression);
        out.type(expression, Unld.Expression);
        Node language = context.shared().language(DocumentMapper.TEXT_LANGUAGE);
        out.label(expression, context.label() + " (English)");
        out.add(expression, DCTerms.language.asNode(), language);
        // The text itself, so that the full-text index (config.ttl) finds documents by what they say.
        String text = context.parsed().source().text().strip();
        if (!text.isEmpty()) {
            out.add(expression, Unld.fullText, NodeFactory.createLiteralLang(text, DocumentMapper.TEXT_LANGUAGE));
        }
    }

    /**
     * The base document a revision, addendum or corrigendum symbol names, as parse decided it (A/520/Rev.9/Corr.1
     * corrects A/520/Rev.9). Like a cited document, the base is labelled with its symbol and not typed: this document
     * is no source for what the base is.
     */
    private static void related(MappingContext context, RelatedDocument related, Triples out) {
        Node base = context.iris().document(related.symbol());
        Node relation = switch (related.relation()) {
            case REVISION_OF -> Unld.revisionOf;
            case ADDENDUM_TO -> Unld.addendumTo;
            case CORRIGENDUM_TO -> Unld.corrigendumTo;
        };
        out.add(context.document(), relation, base);
        out.label(base, related.symbol());
        out.rule(Unld.RelatedDocumentsFromSymbols);
    }

    /** The specific class of a document type; none for "other". */
    static Node classOf(DocumentType type) {
        return switch (type) {
            case LETTER -> Unld.Letter;
            case IDENTICAL_LETTERS -> Unld.IdenticalLetters;
            case NOTE_VERBALE -> Unld.NoteVerbale;
            case REPORT -> Unld.Report;
            case RESOLUTION -> Unld.Resolution;
            case DRAFT_RESOLUTION -> Unld.DraftResolution;
            case DECISION -> Unld.Decision;
            case DRAFT_DECISION -> Unld.DraftDecision;
            case AMENDMENT -> Unld.Amendment;
            case PRESIDENTIAL_STATEMENT -> Unld.PresidentialStatement;
            case CORRIGENDUM -> Unld.Corrigendum;
            case MEETING_RECORD -> Unld.MeetingRecord;
            case AGENDA -> Unld.Agenda;
            case NOTE -> Unld.Note;
            case OTHER -> null;
        };
    }

    /** "GENERAL" (as 1990s mastheads print it) and "General" are one value: first letter upper case. */
    static String distribution(String printed) {
        String s = printed.strip().toLowerCase(Locale.ROOT);
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
