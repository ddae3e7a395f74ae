package org.w3id.unld.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * unld's own terms, declared in ontology/unld.ttl, and the IRIs unld's ontology and shapes live at. Every unld
 * IRI the code writes or reads is a field of this class, so one test checks them all against the ontology.
 * Names follow Jena's vocabulary classes: a field is named exactly as the term's local name, so a class
 * (or an extraction rule, an individual) starts with a capital ({@link #AgendaItem}) and a property with a
 * small letter ({@link #agendaItem}).
 */
public final class Unld {
    /** unld itself: the software agent that writes every document graph, and the root of its vocabularies. */
    public static final String HOME = "https://w3id.org/unld";
    /** The ontology (an owl:Ontology); also the base its file is read against. */
    public static final String ONTOLOGY = HOME + "/ontology";
    /** The namespace of unld's classes, properties and extraction rules. */
    public static final String NS = ONTOLOGY + "#";
    /** The shapes graph; also the base its file is read against. */
    public static final String SHAPES = HOME + "/shapes";
    /** The namespace of the shapes (unldsh:). */
    public static final String SHAPES_NS = SHAPES + "#";

    /** Where the ontology and the shapes are on the classpath. */
    public static final String ONTOLOGY_RESOURCE = "unld/ontology/unld.ttl";
    public static final String SHAPES_RESOURCE = "unld/shapes/unld-shapes.ttl";

    /** The software agent that produces every document graph (prov:wasAssociatedWith). */
    public static final Node SOFTWARE = NodeFactory.createURI(HOME);

    // classes
    public static final Node Document = term("Document");
    public static final Node Letter = term("Letter");
    public static final Node IdenticalLetters = term("IdenticalLetters");
    public static final Node NoteVerbale = term("NoteVerbale");
    public static final Node Report = term("Report");
    public static final Node Resolution = term("Resolution");
    public static final Node DraftResolution = term("DraftResolution");
    public static final Node Decision = term("Decision");
    public static final Node DraftDecision = term("DraftDecision");
    public static final Node Amendment = term("Amendment");
    public static final Node PresidentialStatement = term("PresidentialStatement");
    public static final Node Corrigendum = term("Corrigendum");
    public static final Node MeetingRecord = term("MeetingRecord");
    public static final Node Agenda = term("Agenda");
    public static final Node Note = term("Note");
    public static final Node Expression = term("Expression");
    public static final Node Annex = term("Annex");
    public static final Node Organ = term("Organ");
    public static final Node Session = term("Session");
    public static final Node AgendaItem = term("AgendaItem");
    public static final Node Event = term("Event");
    public static final Node Conference = term("Conference");
    public static final Node Country = term("Country");
    public static final Node Signature = term("Signature");
    public static final Node EventSeries = term("EventSeries");

    // unld properties
    public static final Node symbol = term("symbol");
    public static final Node distribution = term("distribution");
    public static final Node originalLanguage = term("originalLanguage");
    public static final Node expression = term("expression");
    public static final Node fullText = term("fullText");
    public static final Node organ = term("organ");
    public static final Node session = term("session");
    public static final Node sessionNumber = term("sessionNumber");
    public static final Node agendaItem = term("agendaItem");
    public static final Node itemNumber = term("itemNumber");
    public static final Node sender = term("sender");
    public static final Node addressee = term("addressee");
    public static final Node signatory = term("signatory");
    public static final Node sponsor = term("sponsor");
    public static final Node annex = term("annex");
    public static final Node refersTo = term("refersTo");
    public static final Node mentions = term("mentions");
    public static final Node signature = term("signature");
    public static final Node post = term("post");
    public static final Node rank = term("rank");
    public static final Node version = term("version");
    public static final Node appliedRule = term("appliedRule");
    public static final Node m49Code = term("m49Code");
    public static final Node ordinal = term("ordinal");
    public static final Node series = term("series");
    public static final Node revisionOf = term("revisionOf");
    public static final Node addendumTo = term("addendumTo");
    public static final Node corrigendumTo = term("corrigendumTo");
    public static final Node thesaurusConcept = term("thesaurusConcept");
    public static final Node documentCount = term("documentCount");

    // unld extraction rules (individuals of unld:ExtractionRule)
    public static final Node SymbolsFromMasthead = term("SymbolsFromMasthead");
    public static final Node SymbolsFromFileName = term("SymbolsFromFileName");
    public static final Node OrgansFromMasthead = term("OrgansFromMasthead");
    public static final Node DistributionFromMasthead = term("DistributionFromMasthead");
    public static final Node DateFromMasthead = term("DateFromMasthead");
    public static final Node OriginalLanguageFromMasthead = term("OriginalLanguageFromMasthead");
    public static final Node SessionsFromMasthead = term("SessionsFromMasthead");
    public static final Node AgendaItemsFromMasthead = term("AgendaItemsFromMasthead");
    public static final Node TitleFromHeading = term("TitleFromHeading");
    public static final Node CorrespondentsFromTitle = term("CorrespondentsFromTitle");
    public static final Node SignatoriesFromSignatureBlocks = term("SignatoriesFromSignatureBlocks");
    public static final Node SponsorsFromHeading = term("SponsorsFromHeading");
    public static final Node AnnexesFromHeadings = term("AnnexesFromHeadings");
    public static final Node EventsFromText = term("EventsFromText");
    public static final Node MeetingFromMasthead = term("MeetingFromMasthead");
    public static final Node CitationsFromText = term("CitationsFromText");
    public static final Node MentionsFromText = term("MentionsFromText");
    public static final Node RelatedDocumentsFromSymbols = term("RelatedDocumentsFromSymbols");
    public static final Node SeriesFromEventNames = term("SeriesFromEventNames");

    private Unld() {
    }

    /** The unld term of a local name, for code that reads the ontology itself (pages, tests). */
    public static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }
}
