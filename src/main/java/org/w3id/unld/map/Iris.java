package org.w3id.unld.map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.unld.model.Event;
import org.w3id.unld.model.Slugs;
import org.w3id.unld.model.Session;
import org.w3id.unld.vocab.Datasets;
import org.w3id.unld.vocab.IriPaths;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Mints every IRI unld publishes, under one configurable base. The patterns are a public contract
 * (ontology/README.md): users' queries, links and dumps depend on them, so they change only with a new
 * major version.
 *
 * <pre>
 * {base}id/document/{symbol}            slashes kept, other characters outside [A-Za-z0-9-._~] percent-encoded
 * {base}id/document/_{16 hex}           a document without symbol: SHA-256 of its normalised text
 * {document}/{language}                 a language version (expression): .../A/79/704/en
 * {document}/annex/{n}                  the n-th annex (1-based)
 * {document or annex}#signature-{n}     the n-th signature block
 * {base}graph/document/{same path}      the named graph of a document
 * {graph}#source, {graph}#extraction    provenance of that graph
 * {base}id/organ/{slug}                 organs of the United Nations (principal and subsidiary)
 * {base}id/organization/{slug}          other organizations (specialized agencies, funds, regional organizations, …)
 * {base}id/session/{organ}/{n}          regular (or resumed) session; s-{n} special, es-{n} emergency special
 * {base}id/agenda-item/{organ}/{session}/{number}   "71(c)" becomes 71c; without number, the title's slug
 * {document}/agenda-item/{number}      an agenda item whose organ or session the document does not print
 * {base}id/person/{slug of the name}
 * {base}id/post/{slug of the post}      permanent-representative-of-azerbaijan, secretary-general
 * {base}id/role/{slug of the role}      permanent-representative
 * {base}id/country/{ISO 3166 alpha-3, lower case}
 * {base}id/event/{slug}-{yyyy}          a conference, summit or numbered meeting, from its name and start year
 * {base}id/event/{slug}-{yyyy-mm-dd}    another event (a meeting, a session), from its name and start date
 * {base}id/event/{slug}-in-{place}     an event without date nor ordinal, from its name and place as printed
 * {base}id/event/{slug}                 an event without date or place, or an edition without date (its ordinal is in its name)
 * {base}id/event-series/{slug}          the series an event with an ordinal belongs to ("International Conference on …")
 * {base}id/place/{slug}
 * {base}id/agent/{slug}                 a sponsor or sender the gazetteer does not know
 * {base}graph/linkset/{target}          the named graph of the links to one external dataset (wikidata, geonames, unbis, undocs)
 * </pre>
 */
public final class Iris {
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern WHITESPACE = Pattern.compile("[\\p{IsWhite_Space}\\uFEFF]+");
    private static final String DOCUMENT_PATH = IriPaths.DOCUMENT;
    private static final String GRAPH_PATH = IriPaths.DOCUMENT_GRAPH;
    private static final String LINKSET_PATH = IriPaths.LINKSET_GRAPH;

    private final String base;

    /** @param base absolute IRI ending in '/' ("http://localhost:3030/") */
    public Iris(String base) {
        Objects.requireNonNull(base, "base");
        if (!base.endsWith("/") || !base.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://\\S+$")) {
            throw new IllegalArgumentException("the IRI base must be an absolute IRI ending in '/': " + base);
        }
        this.base = base;
    }

    public String base() {
        return base;
    }

    /** The document named by a symbol; the symbol's slashes become path segments. */
    public Node document(String symbol) {
        return uri(base + DOCUMENT_PATH + encodeSymbol(symbol));
    }

    /** A document without symbol, keyed by the text it was read from (see {@link #textKey}). */
    public Node documentWithoutSymbol(String text) {
        return uri(base + DOCUMENT_PATH + "_" + textKey(text));
    }

    /** The named graph that holds what unld says about a document: same path under graph/document/. */
    public Node graphOf(Node document) {
        String iri = document.getURI();
        String prefix = base + DOCUMENT_PATH;
        if (!iri.startsWith(prefix)) {
            throw new IllegalArgumentException("not a document IRI under " + base + ": " + iri);
        }
        return uri(base + GRAPH_PATH + iri.substring(prefix.length()));
    }

    /** A language version of a document (FRBR/ELI expression). */
    public Node expression(Node document, String languageCode) {
        return uri(document.getURI() + "/" + languageCode);
    }

    public Node annex(Node document, int number) {
        return uri(document.getURI() + "/annex/" + number);
    }

    /** The n-th signature block of a document or annex: a fragment, since it lives and dies with it. */
    public Node signature(Node signed, int number) {
        return uri(signed.getURI() + "#signature-" + number);
    }

    /** A provenance resource of a document graph, e.g. {@code #source}: it lives and dies with the graph. */
    public Node inGraph(Node graphName, String fragment) {
        return uri(graphName.getURI() + "#" + fragment);
    }

    /** An organ of the United Nations (General Assembly, Human Rights Council, Third Committee, …). */
    public Node organ(String slug) {
        return uri(base + "id/organ/" + slug);
    }

    /** An organization that is not a UN organ (UNESCO, the African Union, …). */
    public Node organization(String slug) {
        return uri(base + "id/organization/" + slug);
    }

    public Node session(String organSlug, int number, String kind) {
        return uri(base + "id/session/" + organSlug + "/" + sessionKey(number, kind));
    }

    /**
     * An agenda item of a session, keyed by its number ("71(c)" becomes 71c); an item without number
     * (the Security Council's agenda items have none) is keyed by the slug of its title.
     */
    public Node agendaItem(String organSlug, int session, String sessionKind, String number, String title) {
        return uri(base + "id/agenda-item/" + organSlug + "/" + sessionKey(session, sessionKind) + "/" + agendaItemKey(number, title));
    }

    /**
     * An agenda item whose organ or session the document does not print (the Human Rights Council's
     * organizational sessions, a programme's governing body unld does not know): keyed like any item, by its
     * number or its title's slug, under the document that names it. Nothing wider is sure to be the same
     * item: item 1 of one organizational session is not item 1 of the next. The IRI depends on the
     * document and the item only, so it stays the same on every ingest; once the document's session is
     * known, the item moves to {@link #agendaItem}.
     */
    public Node agendaItemOfDocument(Node document, String number, String title) {
        return uri(document.getURI() + "/agenda-item/" + agendaItemKey(number, title));
    }

    public Node person(String name) {
        return uri(base + "id/person/" + slug(name));
    }

    public Node post(String label) {
        return uri(base + "id/post/" + slug(label));
    }

    public Node role(String role) {
        return uri(base + "id/role/" + slug(role));
    }

    public Node country(String iso3) {
        return uri(base + "id/country/" + iso3.toLowerCase(Locale.ROOT));
    }

    /**
     * An event a document says is held, keyed by its name and what tells the editions of one name apart, as the text
     * gives them (ontology/README.md, "Identity rules"): its start, as {@link #event(String, LocalDate, boolean)}; without
     * a date, an edition of a series has its ordinal in its name ("Fifth United Nations Conference on …"), and any other
     * event is keyed by its place as printed, {@code {slug}-in-{place}} ("meeting of the Parties to the Paris Agreement"
     * in Glasgow is not the one in Dubai); without either, the slug alone. The end date stands for a start not given.
     */
    public Node event(Event event) {
        LocalDate start = event.startDate() != null ? event.startDate() : event.endDate();
        if (start != null || event.edition() != null || event.place() == null || event.place().isBlank()) {
            return event(event.name(), start, event.kind() == Event.Kind.CONFERENCE);
        }
        return uri(base + "id/event/" + slug(event.name()) + "-in-" + slug(event.place()));
    }

    /**
     * An event, from its name and start: {@code {slug}-{yyyy}} for an event its name makes unique within
     * a year (a conference, a summit, a numbered meeting), {@code {slug}-{yyyy}-{mm}-{dd}} for other
     * events, whose names ("meeting of the Supreme National Council") recur within a year; {@code {slug}}
     * alone when the document gives no date.
     */
    public Node event(String name, LocalDate start, boolean uniqueWithinAYear) {
        String key = start == null ? "" : "-" + (uniqueWithinAYear ? Integer.toString(start.getYear()) : start.toString());
        return uri(base + "id/event/" + slug(name) + key);
    }

    /** The series of numbered events an event belongs to: "International Conference on Financing for Development". */
    public Node eventSeries(String name) {
        return uri(base + "id/event-series/" + slug(name));
    }

    public Node place(String name) {
        return uri(base + "id/place/" + slug(name));
    }

    /** The named graph of the links to one external dataset ("wikidata", "geonames", "unbis", "undocs"). */
    public Node linkset(String target) {
        return uri(base + LINKSET_PATH + target);
    }

    /** Whether a named graph is a document's graph (rather than a linkset) under any base. */
    public static boolean isDocumentGraph(Node graphName) {
        return graphName.isURI() && graphName.getURI().contains("/" + GRAPH_PATH);
    }

    /**
     * The base of a document graph's name: what comes before {@code graph/document/}. The store uses it
     * to find the linkset graphs of the documents it is given.
     */
    public static String baseOfDocumentGraph(Node graphName) {
        String iri = graphName.getURI();
        int at = iri.indexOf("/" + GRAPH_PATH);
        if (at < 0) {
            throw new IllegalArgumentException("not a document graph: " + iri);
        }
        return iri.substring(0, at + 1);
    }

    /** The document a document graph describes: {@code {base}graph/document/X} is about {@code {base}id/document/X}. */
    public static Node documentOfGraph(Node graphName) {
        String base = baseOfDocumentGraph(graphName);
        return uri(base + DOCUMENT_PATH + graphName.getURI().substring(base.length() + GRAPH_PATH.length()));
    }

    public Node agent(String name) {
        return uri(base + "id/agent/" + slug(name));
    }

    /** The Wikidata entity of an id ("Q227"). */
    public static Node wikidata(String id) {
        return uri(Datasets.WIKIDATA_ENTITY + id);
    }

    /** The GeoNames feature of an id ("587116"): its Semantic Web IRI, with the final slash GeoNames uses. */
    public static Node geonames(String id) {
        return uri(Datasets.GEONAMES_FEATURE + id + "/");
    }

    /**
     * The page of a symbol on undocs.org, the UN's resolver of document symbols, in the form it and the
     * Official Document System write symbols: without spaces ("S/RES/2331 (2016)" becomes
     * {@code …/S/RES/2331(2016)}, "S/PV.8699 (Resumption 1)" {@code …/S/PV.8699(Resumption1)}),
     * slashes and brackets kept, any other character outside [A-Za-z0-9-._~] percent-encoded.
     */
    public static Node undocs(String symbol) {
        String compact = WHITESPACE.matcher(symbol.strip()).replaceAll("");
        return uri(Datasets.UNDOCS + IriPaths.encode(compact, "/()"));
    }

    /** The Library of Congress IRI of an ISO 639-1 language code. */
    public static Node language(String code) {
        return uri(Datasets.ISO639_1 + code);
    }

    /**
     * The path segment of a session: its number for a regular session (a resumed session is part of the
     * regular one), {@code s-27} for a special session and {@code es-10} for an emergency special session,
     * as the UN writes them in symbols (A/S-27/…, A/ES-10/…).
     */
    public static String sessionKey(int number, String kind) {
        if (Session.SPECIAL.equals(kind)) {
            return "s-" + number;
        }
        if (Session.EMERGENCY_SPECIAL.equals(kind)) {
            return "es-" + number;
        }
        return Integer.toString(number);
    }

    /** The last segment of an agenda item's IRI: its number as {@link #itemKey}, else its title's slug. */
    private static String agendaItemKey(String number, String title) {
        return number != null && !number.isBlank() ? itemKey(number) : slug(title);
    }

    /** "71(c)" becomes "71c": the item number, lower case, without brackets or spaces. */
    public static String itemKey(String number) {
        String key = NOT_SLUG.matcher(number.toLowerCase(Locale.ROOT)).replaceAll("");
        return key.isEmpty() ? "_" + hash(number).substring(0, 16) : key;
    }

    /**
     * A symbol as an IRI path: its slashes kept, every character outside the unreserved set
     * [A-Za-z0-9-._~] percent-encoded from its UTF-8 bytes ("S/RES/2331 (2016)" becomes
     * "S/RES/2331%20%282016%29").
     */
    public static String encodeSymbol(String symbol) {
        return IriPaths.encodePath(symbol.trim());
    }

    /**
     * A slug: ASCII letters and digits in lower case, runs of anything else (spaces, punctuation,
     * quotation marks) become one hyphen; accents are dropped ("Chargé d'affaires a.i." becomes
     * "charge-d-affaires-a-i"). A name with no letter or digit left gets "_" and a hash of itself.
     */
    public static String slug(String name) {
        return Slugs.of(name);
    }

    /**
     * The normalised form of a text, for keying documents without symbol: Unicode NFC, every run of
     * white space (Unicode White_Space, which includes no-break spaces and line ends, and the byte order
     * mark U+FEFF) one space, trimmed. Two readings of the same
     * text that differ only in line breaks or spacing get the same key.
     */
    public static String normalise(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return WHITESPACE.matcher(nfc).replaceAll(" ").trim();
    }

    /** The first 16 hex digits (lower case) of the SHA-256 of the normalised text, UTF-8 encoded. */
    public static String textKey(String text) {
        return hash(normalise(text)).substring(0, 16);
    }

    private static String hash(String s) {
        return Slugs.sha256(s);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
