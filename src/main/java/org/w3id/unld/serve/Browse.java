package org.w3id.unld.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.unld.vocab.IriPaths;
import org.w3id.unld.vocab.Prefixes;
import org.w3id.unld.vocab.Unld;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The browse lists, read with SPARQL (ARQ) from the store's union graph, one page at a time (LIMIT/OFFSET, at
 * most {@link #PAGE_SIZE} entries) in one read transaction. A document unld holds is the primary topic of a
 * document graph ({@code ?graph foaf:primaryTopic ?doc}); a document that is only cited is in no list.
 * <pre>
 * /browse/                         the lists below, with their sizes
 * /browse/documents                every document, latest first
 * /browse/organs                   organ → /browse/organ/{organ}: its sessions → /browse/session/{organ}/{session}:
 *                                  its agenda items → /browse/agenda-item/{…}: their documents; …/documents after an
 *                                  organ or session: all its documents
 * /browse/years                    year → /browse/year/{yyyy}: its months → /browse/year/{yyyy}/{mm}: documents
 * /browse/types                    document type → /browse/type/{Letter}: documents
 * /browse/countries                country → /browse/country/{iso3}/sent, /browse/country/{iso3}/mentioned: documents
 * </pre>
 */
final class Browse {
    static final int PAGE_SIZE = 100;
    private static final long KEEP_MILLIS = 60_000;
    private static final int MAX_REMEMBERED = 2_000;
    static final String ROOT = "/" + IriPaths.BROWSE;
    static final String DOCUMENTS = ROOT + "documents";
    static final String ORGANS = ROOT + "organs";
    static final String YEARS = ROOT + "years";
    static final String TYPES = ROOT + "types";
    static final String COUNTRIES = ROOT + "countries";
    static final String SENT = "sent";
    static final String MENTIONED = "mentioned";
    /** After an organ's or session's list: all its documents. */
    static final String ALL = "/documents";

    private static final String PREFIXES = Prefixes.sparql("unld", "rdf", "rdfs", "dcterms", "foaf", "org", "xsd");
    /** The documents unld holds: those a document graph is about. */
    private static final String HELD = "?graph foaf:primaryTopic ?doc .\n";
    private static final Var DOC = Var.alloc("doc");
    private static final Var KEY = Var.alloc("key");
    private static final Var N = Var.alloc("n");

    private final DatasetGraph dataset;
    private final Addresses addresses;
    private final Vocabulary vocabulary;
    private final long timeoutMillis;
    private final Describer.Labels labels;
    private final Map<String, Remembered> known = new ConcurrentHashMap<>();

    Browse(DatasetGraph dataset, Addresses addresses, Vocabulary vocabulary, java.time.Duration timeout) {
        this.dataset = dataset;
        this.addresses = addresses;
        this.vocabulary = vocabulary;
        this.timeoutMillis = timeout.toMillis();
        this.labels = new Describer.Labels(dataset);
    }

    /** The list a path under /browse/ names ("organs", "year/2024/12"), page {@code page}; empty when it names none. */
    Optional<Listing> listing(String rest, int page) {
        int p = Math.max(1, page);
        String r = rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
        return remembered("list " + p + " " + r, () -> Txn.calculateRead(dataset, () -> route(r, p)));
    }

    /** The latest documents, for the landing page. */
    List<Listing.Item> latest(int n) {
        return remembered("latest " + n, () -> Txn.calculateRead(dataset, () -> documentItems("", 0, n)));
    }

    /** How many documents unld holds. */
    long documentCount() {
        return remembered("count", () -> Txn.calculateRead(dataset, () -> count("SELECT (COUNT(DISTINCT ?doc) AS ?n) { " + HELD + "}")));
    }

    /** Forgets every list: the store has changed (an ingest, an update). */
    void invalidate() {
        known.clear();
    }

    /**
     * A list as computed less than {@link #KEEP_MILLIS} ago, or computed now. The counts of a list of groups read
     * every document's links (the countries: every mention), which on a large store takes seconds; the lists change
     * only when the store does, and the server forgets them then ({@link #invalidate}).
     */
    @SuppressWarnings("unchecked")
    private <T> T remembered(String key, java.util.function.Supplier<T> compute) {
        long now = System.currentTimeMillis();
        Remembered r = known.get(key);
        if (r != null && now - r.takenAt() < KEEP_MILLIS) {
            return (T) r.value();
        }
        T value = compute.get();
        if (known.size() >= MAX_REMEMBERED) {
            known.clear();
        }
        known.put(key, new Remembered(value, now));
        return value;
    }

    private record Remembered(Object value, long takenAt) {
    }

    /** Every document unld holds, in IRI order, from {@code offset}: what the sitemaps list. */
    List<Node> documents(long offset, int limit) {
        return Txn.calculateRead(dataset, () -> {
            List<Node> out = new ArrayList<>();
            select("SELECT DISTINCT ?doc { " + HELD + "} ORDER BY ?doc LIMIT " + limit + " OFFSET " + offset,
                    b -> out.add(b.get(DOC)));
            return out;
        });
    }

    /** Whether unld holds the document (a document graph is about it), or only knows it from citations. */
    boolean holds(Node document) {
        return Txn.calculateRead(dataset, () -> dataset.getUnionGraph().contains(Node.ANY, FOAF.primaryTopic.asNode(), document));
    }

    private Optional<Listing> route(String rest, int page) {
        String[] parts = rest.split("/", -1);
        String path = IriPaths.BROWSE + rest;
        Listing.Link root = new Listing.Link(ROOT, "Browse");
        switch (parts[0]) {
            case "" -> {
                return parts.length == 1 ? Optional.of(index()) : Optional.empty();
            }
            case "documents" -> {
                return parts.length == 1 ? Optional.of(documents(path, "All documents, latest first", List.of(root), "", page))
                        : Optional.empty();
            }
            case "organs" -> {
                return parts.length == 1 ? Optional.of(groups(path, "Organs", List.of(root), "?doc unld:organ ?key . ?key a unld:Organ .",
                        "", "DESC(?n) ?key", this::thingItem, page)) : Optional.empty();
            }
            case "organ", "session", "agenda-item" -> {
                return thing(rest, page);
            }
            case "years" -> {
                return parts.length == 1 ? Optional.of(groups(path, "Years", List.of(root),
                        "?doc dcterms:date ?when . BIND(YEAR(?when) AS ?key)", "", "DESC(?key)",
                        k -> item(null, ROOT + "year/" + number(k), Integer.toString(number(k)), List.of()), page)) : Optional.empty();
            }
            case "year" -> {
                return year(parts, path, page, root);
            }
            case "types" -> {
                return parts.length == 1 ? Optional.of(groups(path, "Document types", List.of(root),
                        "?doc a ?key . FILTER(STRSTARTS(STR(?key), STR(unld:)) && ?key != unld:Document)", "", "DESC(?n) ?key",
                        k -> item(k, ROOT + "type/" + k.getURI().substring(Unld.NS.length()), capitalised(vocabulary.label(k)), List.of()), page))
                        : Optional.empty();
            }
            case "type" -> {
                if (parts.length != 2 || !parts[1].matches("[A-Z][A-Za-z]*")) {
                    return Optional.empty();
                }
                Node type = Unld.term(parts[1]);
                return Optional.of(documents(path, "Document type: " + capitalised(vocabulary.label(type)), List.of(root, new Listing.Link(TYPES, "Document types")),
                        "?doc a " + NodeFmtLib.strNT(type) + " .", page));
            }
            case "countries" -> {
                return parts.length == 1 ? Optional.of(countries(path, root, page)) : Optional.empty();
            }
            case "country" -> {
                return country(parts, path, page, root);
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private Listing index() {
        List<Listing.Item> items = List.of(
                group("All documents, latest first", DOCUMENTS, documentCount(), "documents"),
                group("By organ, session and agenda item", ORGANS, distinct("?doc unld:organ ?key . ?key a unld:Organ ."), "organs"),
                group("By year and month", YEARS, distinct("?doc dcterms:date ?when . BIND(YEAR(?when) AS ?key)"), "years"),
                group("By document type", TYPES, distinct("?doc a ?key . FILTER(STRSTARTS(STR(?key), STR(unld:)) && ?key != unld:Document)"), "types"),
                group("By country, as sender and as mentioned", COUNTRIES, distinct(COUNTRY_PATTERN), "countries"));
        return new Listing(IriPaths.BROWSE, "Browse the documents", List.of(), items, items.size(), 1, PAGE_SIZE, false, List.of());
    }

    private static Listing.Item group(String label, String href, long n, String what) {
        return new Listing.Item(null, href, label, "", "", List.of(new Listing.Count(what, n, href, true)));
    }

    /**
     * An organ's sessions, a session's agenda items, an agenda item's documents; and {@code …/documents}, all the
     * documents of an organ or session (those whose agenda item or session the masthead does not print among them).
     */
    private Optional<Listing> thing(String rest, int page) {
        Graph union = dataset.getUnionGraph();
        if (rest.endsWith(ALL)) {
            Node grouping = NodeFactory.createURI(addresses.iriOf(rest.substring(0, rest.length() - ALL.length())));
            Node property = union.contains(grouping, RDF.Nodes.type, Unld.Organ) ? Unld.organ
                    : union.contains(grouping, RDF.Nodes.type, Unld.Session) ? Unld.session : null;
            if (property != null) {
                List<Listing.Link> trail = trail(union, grouping);
                addresses.idRest(grouping.getURI()).ifPresent(r -> trail.add(new Listing.Link(ROOT + r, label(union, grouping))));
                return Optional.of(documents(IriPaths.BROWSE + rest, "Documents of the " + label(union, grouping), trail,
                        "?doc " + NodeFmtLib.strNT(property) + " " + NodeFmtLib.strNT(grouping) + " .", page));
            }
        }
        Node thing = NodeFactory.createURI(addresses.iriOf(rest));
        List<Listing.Link> trail = trail(union, thing);
        String iri = NodeFmtLib.strNT(thing);
        List<Listing.Link> all = List.of(new Listing.Link(ROOT + rest + ALL, "All documents of the " + label(union, thing)));
        if (union.contains(thing, RDF.Nodes.type, Unld.Organ)) {
            return Optional.of(groups(IriPaths.BROWSE + rest, "Sessions of the " + label(union, thing), trail,
                    "?doc unld:session ?key . ?key unld:organ " + iri + " . OPTIONAL { ?key unld:sessionNumber ?number }",
                    "(MAX(?number) AS ?sort)", "DESC(?sort) ?key", this::thingItem, page).withRelated(all));
        }
        if (union.contains(thing, RDF.Nodes.type, Unld.Session)) {
            return Optional.of(groups(IriPaths.BROWSE + rest, "Agenda items of the " + label(union, thing), trail,
                    "?doc unld:agendaItem ?key . ?key unld:session " + iri + " . OPTIONAL { ?key unld:itemNumber ?number }",
                    "(MIN(STR(?number)) AS ?sort)", "STRLEN(?sort) ?sort ?key", this::itemOfTheSession, page).withRelated(all));
        }
        if (union.contains(thing, RDF.Nodes.type, Unld.AgendaItem)) {
            return Optional.of(documents(IriPaths.BROWSE + rest, label(union, thing), trail, "?doc unld:agendaItem " + iri + " .", page));
        }
        return Optional.empty();
    }

    /** Browse › Organs › the organ › the session, for a session or agenda item (what this list is under). */
    private List<Listing.Link> trail(Graph union, Node thing) {
        List<Listing.Link> trail = new ArrayList<>();
        trail.add(new Listing.Link(ROOT, "Browse"));
        trail.add(new Listing.Link(ORGANS, "Organs"));
        List<Node> above = new ArrayList<>();
        Node session = first(union, thing, Unld.session);
        if (session != null) {
            above.add(0, session);
        }
        Node organ = first(union, session != null ? session : thing, Unld.organ);
        if (organ != null && !organ.equals(thing)) {
            above.add(0, organ);
        }
        for (Node n : above) {
            addresses.idRest(n.getURI()).ifPresent(r -> trail.add(new Listing.Link(ROOT + r, label(union, n))));
        }
        return trail;
    }

    private Optional<Listing> year(String[] parts, String path, int page, Listing.Link root) {
        if (parts.length < 2 || parts.length > 3 || !parts[1].matches("\\d{4}") || (parts.length == 3 && !parts[2].matches("\\d{1,2}"))) {
            return Optional.empty();
        }
        int year = Integer.parseInt(parts[1]);
        List<Listing.Link> trail = new ArrayList<>(List.of(root, new Listing.Link(YEARS, "Years")));
        if (parts.length == 2) {
            return Optional.of(groups(path, "Documents of " + year + ", by month", trail,
                    "?doc dcterms:date ?when . FILTER(YEAR(?when) = " + year + ") BIND(MONTH(?when) AS ?key)", "", "?key",
                    k -> item(null, ROOT + "year/" + year + "/" + number(k), monthName(number(k)) + " " + year, List.of()), page));
        }
        int month = Integer.parseInt(parts[2]);
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        trail.add(new Listing.Link(ROOT + "year/" + year, Integer.toString(year)));
        return Optional.of(documents(path, "Documents of " + monthName(month) + " " + year, trail,
                "?doc dcterms:date ?when . FILTER(YEAR(?when) = " + year + " && MONTH(?when) = " + month + ")", page));
    }

    /** The ontology's labels are written as in running text ("note verbale"); a list shows them as names. */
    private static String capitalised(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }

    private static String monthName(int month) {
        return month >= 1 && month <= 12 ? Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) : Integer.toString(month);
    }

    /** A country sends a document itself, or through one of its posts (its Permanent Representative); or is mentioned. */
    private static final String SENT_PATTERN = "{ ?doc unld:sender ?key } UNION { ?doc unld:sender ?post . ?post org:postIn ?key }";
    /** The country's type is matched last: first, it would join every country with every document. */
    private static final String COUNTRY_PATTERN = "{ " + SENT_PATTERN + " } UNION { ?doc unld:mentions ?key } ?key a unld:Country .";

    private Listing countries(String path, Listing.Link root, int page) {
        String query = "SELECT ?key (COUNT(DISTINCT ?sent) AS ?s) (COUNT(DISTINCT ?mentioned) AS ?m) (MIN(STR(?name)) AS ?sort) { " + HELD
                + "{ { " + SENT_PATTERN + " } BIND(?doc AS ?sent) } UNION { ?doc unld:mentions ?key BIND(?doc AS ?mentioned) } ?key a unld:Country ."
                + " OPTIONAL { ?key rdfs:label ?name FILTER(LANG(?name) = \"en\" || LANG(?name) = \"\") } }"
                + " GROUP BY ?key ORDER BY ?sort ?key LIMIT " + PAGE_SIZE + " OFFSET " + offset(page);
        Graph union = dataset.getUnionGraph();
        List<Listing.Item> items = new ArrayList<>();
        select(query, b -> {
            Node c = b.get(KEY);
            String lists = addresses.idRest(c.getURI()).map(r -> ROOT + r + "/").orElse(null);
            if (lists == null) {
                return;
            }
            List<Listing.Count> counts = new ArrayList<>();
            counts.add(Listing.Count.documents("as sender", longValue(b.get(Var.alloc("s"))), lists + SENT));
            counts.add(Listing.Count.documents("as mentioned", longValue(b.get(Var.alloc("m"))), lists + MENTIONED));
            items.add(new Listing.Item(c, lists + SENT, label(union, c), "", "", counts));
        });
        return new Listing(path, "Countries", List.of(root), items, distinct(COUNTRY_PATTERN), page, PAGE_SIZE, false, List.of());
    }

    private Optional<Listing> country(String[] parts, String path, int page, Listing.Link root) {
        if (parts.length != 3 || !(parts[2].equals(SENT) || parts[2].equals(MENTIONED))) {
            return Optional.empty();
        }
        Node c = NodeFactory.createURI(addresses.iriOf("country/" + parts[1]));
        Graph union = dataset.getUnionGraph();
        if (!union.contains(c, RDF.Nodes.type, Unld.Country)) {
            return Optional.empty();
        }
        String iri = NodeFmtLib.strNT(c);
        boolean sent = parts[2].equals(SENT);
        String pattern = sent ? SENT_PATTERN.replace("?key", iri) : "?doc unld:mentions " + iri + " .";
        return Optional.of(documents(path, "Documents " + (sent ? "sent by " : "mentioning ") + label(union, c),
                List.of(root, new Listing.Link(COUNTRIES, "Countries")), pattern, page));
    }

    /** A list of groups: {@code pattern} binds {@code ?key} for each held {@code ?doc}; {@code sort} adds aggregates to order by. */
    private Listing groups(String path, String title, List<Listing.Link> trail, String pattern, String sort, String order,
                           Function<Node, Listing.Item> item, int page) {
        String query = "SELECT ?key (COUNT(DISTINCT ?doc) AS ?n) " + sort + " { " + HELD + pattern + " } GROUP BY ?key ORDER BY " + order
                + " LIMIT " + PAGE_SIZE + " OFFSET " + offset(page);
        List<Listing.Item> items = new ArrayList<>();
        select(query, b -> {
            Node key = b.get(KEY);
            if (key == null) {
                return;
            }
            Listing.Item i = item.apply(key);
            if (i != null) {
                long n = longValue(b.get(N));
                items.add(new Listing.Item(i.about(), i.href(), i.label(), "", "", List.of(Listing.Count.documents("documents", n, i.href()))));
            }
        });
        return new Listing(path, title, trail, items, distinct(pattern), page, PAGE_SIZE, false, List.of());
    }

    /** An organ, session or agenda item: its browse list is at /browse/ and its path under id/. */
    private Listing.Item thingItem(Node thing) {
        if (!thing.isURI()) {
            return null;
        }
        return addresses.idRest(thing.getURI()).map(r -> item(thing, ROOT + r, label(dataset.getUnionGraph(), thing), List.of())).orElse(null);
    }

    /**
     * An agenda item in its session's list: "Item 60: Report of the United Nations High Commissioner for Refugees …", not
     * its label, which repeats the organ and session the list is already under.
     */
    private Listing.Item itemOfTheSession(Node item) {
        if (!item.isURI()) {
            return null;
        }
        Graph union = dataset.getUnionGraph();
        Optional<String> number = literal(union, item, Unld.itemNumber);
        Optional<String> title = literal(union, item, DCTerms.title.asNode());
        String name = number.isPresent() && title.isPresent() ? "Item " + number.get() + ": " + title.get() : label(union, item);
        return addresses.idRest(item.getURI()).map(r -> item(item, ROOT + r, name, List.of())).orElse(null);
    }

    private static Optional<String> literal(Graph union, Node subject, Node property) {
        return union.find(subject, property, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral)
                .mapWith(Node::getLiteralLexicalForm).toList().stream().min(Comparator.naturalOrder());
    }

    private static Listing.Item item(Node about, String href, String label, List<Listing.Count> counts) {
        return new Listing.Item(about, href, label, "", "", counts);
    }

    private Listing documents(String path, String title, List<Listing.Link> trail, String pattern, int page) {
        List<Listing.Item> items = documentItems(pattern, offset(page), PAGE_SIZE);
        long total = count("SELECT (COUNT(DISTINCT ?doc) AS ?n) { " + HELD + pattern + " }");
        return new Listing(path, title, trail, items, total, page, PAGE_SIZE, true, List.of());
    }

    /**
     * Documents, latest first (undated last), then by IRI, shorter first (A/79/L.9 before A/79/L.10): a stable order, so
     * that page 2 is the same page tomorrow.
     */
    private List<Listing.Item> documentItems(String pattern, long offset, int limit) {
        String query = "SELECT ?doc (MAX(?d) AS ?date) { " + HELD + pattern + " OPTIONAL { ?doc dcterms:date ?d } } GROUP BY ?doc "
                + "ORDER BY DESC(?date) STRLEN(STR(?doc)) ?doc LIMIT " + limit + " OFFSET " + offset;
        Graph union = dataset.getUnionGraph();
        List<Listing.Item> items = new ArrayList<>();
        select(query, b -> {
            Node doc = b.get(DOC);
            Node date = b.get(Var.alloc("date"));
            String symbol = union.find(doc, Unld.symbol, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral)
                    .mapWith(Node::getLiteralLexicalForm).toList().stream().min(Comparator.naturalOrder()).orElse("");
            String title = titleOf(union, doc).orElseGet(() -> label(union, doc));
            items.add(new Listing.Item(doc, addresses.href(doc.getURI()), title, symbol,
                    date != null && date.isLiteral() ? date.getLiteralLexicalForm() : "", List.of()));
        });
        return items;
    }

    /** A document's title, in English (or untagged) when it has one. */
    private static Optional<String> titleOf(Graph union, Node doc) {
        return union.find(doc, DCTerms.title.asNode(), Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral).toList().stream()
                .min(Comparator.comparing((Node t) -> t.getLiteralLanguage().isEmpty() || t.getLiteralLanguage().toLowerCase(Locale.ROOT).startsWith("en") ? 0 : 1)
                        .thenComparing(Node::getLiteralLexicalForm))
                .map(Node::getLiteralLexicalForm);
    }

    private String label(Graph union, Node n) {
        return labels.of(union, n).map(t -> t.getObject().getLiteralLexicalForm()).orElse(n.isURI() ? n.getURI() : n.toString());
    }

    private static Node first(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isURI).toList().stream()
                .min(Comparator.comparing(Node::getURI)).orElse(null);
    }

    private long distinct(String pattern) {
        return count("SELECT (COUNT(DISTINCT ?key) AS ?n) { " + HELD + pattern + " }");
    }

    private long count(String query) {
        long[] n = {0};
        select(query, b -> n[0] = longValue(b.get(N)));
        return n[0];
    }

    private static long offset(int page) {
        return (page - 1L) * PAGE_SIZE;
    }

    private static int number(Node n) {
        return (int) longValue(n);
    }

    private static long longValue(Node n) {
        return n == null || !n.isLiteral() || !(n.getLiteralValue() instanceof Number v) ? 0 : v.longValue();
    }

    private void select(String query, java.util.function.Consumer<Binding> row) {
        try (QueryExec exec = QueryExec.dataset(dataset).query(PREFIXES + query).timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
            RowSet rows = exec.select();
            while (rows.hasNext()) {
                row.accept(rows.next());
            }
        }
    }
}
