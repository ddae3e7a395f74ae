package org.w3id.unld.map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;

/**
 * The terms the mappers write: unld's own (declared in ontology/unld.ttl) and those reused from
 * standard vocabularies. Kept in one place so that a test can check every unld term is declared.
 */
public final class Terms {
    public static final String UNLD = "https://w3id.org/unld/ontology#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String SCHEMA = "http://schema.org/";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String ELI = "http://data.europa.eu/eli/ontology#";
    /** Library of Congress ISO 639-1 language IRIs, as UNDO uses them. */
    public static final String LANGUAGE = "http://id.loc.gov/vocabulary/iso639-1/";
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";
    /** GeoNames features, as their Semantic Web IRIs (https://sws.geonames.org/{id}/). */
    public static final String GEONAMES = "https://sws.geonames.org/";
    /** undocs.org resolves a UN document symbol to the document in the Official Document System. */
    public static final String UNDOCS = "https://undocs.org/";
    /** The software agent that produces every document graph. */
    public static final Node UNLD_SOFTWARE = uri("https://w3id.org/unld");

    // unld classes
    public static final Node DOCUMENT = unld("Document");
    public static final Node LETTER = unld("Letter");
    public static final Node IDENTICAL_LETTERS = unld("IdenticalLetters");
    public static final Node NOTE_VERBALE = unld("NoteVerbale");
    public static final Node REPORT = unld("Report");
    public static final Node RESOLUTION = unld("Resolution");
    public static final Node DRAFT_RESOLUTION = unld("DraftResolution");
    public static final Node DECISION = unld("Decision");
    public static final Node DRAFT_DECISION = unld("DraftDecision");
    public static final Node AMENDMENT = unld("Amendment");
    public static final Node PRESIDENTIAL_STATEMENT = unld("PresidentialStatement");
    public static final Node CORRIGENDUM = unld("Corrigendum");
    public static final Node MEETING_RECORD = unld("MeetingRecord");
    public static final Node AGENDA = unld("Agenda");
    public static final Node NOTE = unld("Note");
    public static final Node EXPRESSION = unld("Expression");
    public static final Node ANNEX = unld("Annex");
    public static final Node ORGAN = unld("Organ");
    public static final Node SESSION = unld("Session");
    public static final Node AGENDA_ITEM = unld("AgendaItem");
    public static final Node EVENT = unld("Event");
    public static final Node CONFERENCE = unld("Conference");
    public static final Node COUNTRY = unld("Country");
    public static final Node SIGNATURE = unld("Signature");
    public static final Node EVENT_SERIES = unld("EventSeries");

    // unld properties
    public static final Node SYMBOL = unld("symbol");
    public static final Node DISTRIBUTION = unld("distribution");
    public static final Node ORIGINAL_LANGUAGE = unld("originalLanguage");
    public static final Node EXPRESSION_OF = unld("expression");
    public static final Node FULL_TEXT = unld("fullText");
    public static final Node ORGAN_OF = unld("organ");
    public static final Node SESSION_OF = unld("session");
    public static final Node SESSION_NUMBER = unld("sessionNumber");
    public static final Node AGENDA_ITEM_OF = unld("agendaItem");
    public static final Node ITEM_NUMBER = unld("itemNumber");
    public static final Node SENDER = unld("sender");
    public static final Node ADDRESSEE = unld("addressee");
    public static final Node SIGNATORY = unld("signatory");
    public static final Node SPONSOR = unld("sponsor");
    public static final Node ANNEX_OF = unld("annex");
    public static final Node REFERS_TO = unld("refersTo");
    public static final Node MENTIONS = unld("mentions");
    public static final Node SIGNATURE_OF = unld("signature");
    public static final Node POST = unld("post");
    public static final Node RANK = unld("rank");
    public static final Node VERSION = unld("version");
    public static final Node APPLIED_RULE = unld("appliedRule");
    public static final Node M49_CODE = unld("m49Code");
    public static final Node ORDINAL = unld("ordinal");
    public static final Node SERIES = unld("series");
    public static final Node REVISION_OF = unld("revisionOf");
    public static final Node ADDENDUM_TO = unld("addendumTo");
    public static final Node CORRIGENDUM_TO = unld("corrigendumTo");
    public static final Node THESAURUS_CONCEPT = unld("thesaurusConcept");

    // unld extraction rules (individuals of unld:ExtractionRule)
    public static final Node SYMBOLS_FROM_MASTHEAD = unld("SymbolsFromMasthead");
    public static final Node SYMBOLS_FROM_FILE_NAME = unld("SymbolsFromFileName");
    public static final Node ORGANS_FROM_MASTHEAD = unld("OrgansFromMasthead");
    public static final Node DISTRIBUTION_FROM_MASTHEAD = unld("DistributionFromMasthead");
    public static final Node DATE_FROM_MASTHEAD = unld("DateFromMasthead");
    public static final Node ORIGINAL_LANGUAGE_FROM_MASTHEAD = unld("OriginalLanguageFromMasthead");
    public static final Node SESSIONS_FROM_MASTHEAD = unld("SessionsFromMasthead");
    public static final Node AGENDA_ITEMS_FROM_MASTHEAD = unld("AgendaItemsFromMasthead");
    public static final Node TITLE_FROM_HEADING = unld("TitleFromHeading");
    public static final Node CORRESPONDENTS_FROM_TITLE = unld("CorrespondentsFromTitle");
    public static final Node SIGNATORIES_FROM_SIGNATURE_BLOCKS = unld("SignatoriesFromSignatureBlocks");
    public static final Node SPONSORS_FROM_HEADING = unld("SponsorsFromHeading");
    public static final Node ANNEXES_FROM_HEADINGS = unld("AnnexesFromHeadings");
    public static final Node EVENTS_FROM_TEXT = unld("EventsFromText");
    public static final Node MEETING_FROM_MASTHEAD = unld("MeetingFromMasthead");
    public static final Node CITATIONS_FROM_TEXT = unld("CitationsFromText");
    public static final Node MENTIONS_FROM_TEXT = unld("MentionsFromText");
    public static final Node RELATED_DOCUMENTS_FROM_SYMBOLS = unld("RelatedDocumentsFromSymbols");
    public static final Node SERIES_FROM_EVENT_NAMES = unld("SeriesFromEventNames");

    // reused terms
    public static final Node TYPE = uri(RDF + "type");
    public static final Node LABEL = uri(RDFS + "label");
    public static final Node SAME_AS = uri(OWL + "sameAs");
    public static final Node SEE_ALSO = uri(RDFS + "seeAlso");
    public static final Node EXACT_MATCH = uri(SKOS + "exactMatch");
    public static final Node TITLE = uri(DCTERMS + "title");
    public static final Node DATE = uri(DCTERMS + "date");
    public static final Node LANGUAGE_OF = uri(DCTERMS + "language");
    public static final Node IS_PART_OF = uri(DCTERMS + "isPartOf");
    public static final Node CREATOR = uri(DCTERMS + "creator");
    public static final Node START_DATE = uri(SCHEMA + "startDate");
    public static final Node END_DATE = uri(SCHEMA + "endDate");
    public static final Node LOCATION = uri(SCHEMA + "location");
    public static final Node LOCATION_CREATED = uri(SCHEMA + "locationCreated");
    public static final Node CONTAINED_IN_PLACE = uri(SCHEMA + "containedInPlace");
    public static final Node PLACE = uri(SCHEMA + "Place");
    public static final Node MEDIA_OBJECT = uri(SCHEMA + "MediaObject");
    public static final Node NAME = uri(SCHEMA + "name");
    public static final Node ENCODING_FORMAT = uri(SCHEMA + "encodingFormat");
    public static final Node SHA256 = uri(SCHEMA + "sha256");
    public static final Node FOAF_NAME = uri(FOAF + "name");
    public static final Node PERSON = uri(FOAF + "Person");
    public static final Node AGENT = uri(FOAF + "Agent");
    public static final Node PRIMARY_TOPIC = uri(FOAF + "primaryTopic");
    public static final Node ORG_POST = uri(ORG + "Post");
    public static final Node ORG_ROLE_CLASS = uri(ORG + "Role");
    public static final Node ORG_ORGANIZATION = uri(ORG + "Organization");
    public static final Node ORG_ROLE = uri(ORG + "role");
    public static final Node ORG_POST_IN = uri(ORG + "postIn");
    public static final Node PROV_ENTITY = uri(PROV + "Entity");
    public static final Node PROV_ACTIVITY = uri(PROV + "Activity");
    public static final Node PROV_SOFTWARE_AGENT = uri(PROV + "SoftwareAgent");
    public static final Node PROV_AGENT = uri(PROV + "agent");
    public static final Node WAS_DERIVED_FROM = uri(PROV + "wasDerivedFrom");
    public static final Node WAS_GENERATED_BY = uri(PROV + "wasGeneratedBy");
    public static final Node WAS_ASSOCIATED_WITH = uri(PROV + "wasAssociatedWith");
    public static final Node USED = uri(PROV + "used");
    public static final Node IS_EMBODIED_BY = uri(ELI + "is_embodied_by");

    private Terms() {
    }

    /** The prefixes of the vocabularies unld writes, for writing Turtle people can read. */
    public static PrefixMapping prefixes() {
        return PrefixMapping.Factory.create()
                .setNsPrefix("unld", UNLD)
                .setNsPrefix("rdf", RDF)
                .setNsPrefix("rdfs", RDFS)
                .setNsPrefix("owl", OWL)
                .setNsPrefix("xsd", XSD)
                .setNsPrefix("dcterms", DCTERMS)
                .setNsPrefix("schema", SCHEMA)
                .setNsPrefix("foaf", FOAF)
                .setNsPrefix("org", ORG)
                .setNsPrefix("prov", PROV)
                .setNsPrefix("skos", SKOS)
                .setNsPrefix("eli", ELI)
                .setNsPrefix("iso639-1", LANGUAGE)
                .setNsPrefix("wd", WIKIDATA)
                .lock();
    }

    static Node unld(String local) {
        return uri(UNLD + local);
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
