package org.w3id.unld.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.w3id.unld.vocab.IriPaths;
import org.w3id.unld.vocab.Prefixes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a store holds, counted by SPARQL over its union graph in one read transaction: documents by kind,
 * citations between documents, countries and their links, events, persons, and the links of each linkset.
 * The queries are the ones printed by {@code unld stats --queries}, so that anyone can check a figure
 * against the SPARQL endpoint.
 *
 * @param documentsByKind      documents by their specific class ("Letter", …; "other" for documents of no specific kind)
 * @param documentsCiting      documents that refer to at least one other document (unld:refersTo, not an event)
 * @param citedSymbols         distinct documents cited (one IRI per symbol), whether or not the store has them
 * @param citedInStore         of those, the ones the store holds
 * @param countriesMentioned   distinct countries the documents mention
 * @param linkedCountries      distinct countries described in the store with at least one link to another dataset
 * @param linkedOrganizations  distinct organs, organizations and offices with a link to Wikidata
 * @param linksByLinkset       links in each linkset graph, by target name
 */
public record StoreStatistics(long documents, Map<String, Long> documentsByKind, long documentsCiting, long citedSymbols,
                              long citedInStore, long countriesMentioned, long linkedCountries, long linkedOrganizations,
                              long events, long conferences, long eventSeries, long persons, long places,
                              Map<String, Long> linksByLinkset) {

    public static final String PREFIXES = Prefixes.sparql("unld", "foaf", "org", "schema", "owl");

    /** What every linkset graph's name contains, whatever the base. */
    private static final String LINKSETS = "/" + IriPaths.LINKSET_GRAPH;

    /** The queries behind the figures, by figure name, in the order they are printed. */
    public static final Map<String, String> QUERIES = queries();

    public StoreStatistics {
        documentsByKind = Collections.unmodifiableMap(new TreeMap<>(documentsByKind));
        linksByLinkset = Collections.unmodifiableMap(new TreeMap<>(linksByLinkset));
    }

    private static Map<String, String> queries() {
        Map<String, String> q = new java.util.LinkedHashMap<>();
        q.put("documents", "SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d a unld:Document }");
        q.put("documents by kind", """
                SELECT ?kind (COUNT(DISTINCT ?d) AS ?n) {
                  ?d a unld:Document .
                  OPTIONAL { ?d a ?k . FILTER(?k != unld:Document && STRSTARTS(STR(?k), STR(unld:))) }
                  BIND(COALESCE(STRAFTER(STR(?k), STR(unld:)), "other") AS ?kind)
                } GROUP BY ?kind""");
        q.put("documents citing a document", """
                SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d a unld:Document ; unld:refersTo ?c . FILTER NOT EXISTS { ?c a unld:Event } }""");
        q.put("distinct cited symbols", """
                SELECT (COUNT(DISTINCT ?c) AS ?n) { ?d a unld:Document ; unld:refersTo ?c . FILTER NOT EXISTS { ?c a unld:Event } }""");
        q.put("cited documents in the store", """
                SELECT (COUNT(DISTINCT ?c) AS ?n) { ?d a unld:Document ; unld:refersTo ?c . ?c a unld:Document }""");
        q.put("countries mentioned", "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?d unld:mentions ?c . ?c a unld:Country }");
        q.put("linked countries", """
                SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a unld:Country . GRAPH ?linkset { ?c ?link ?target }
                  FILTER(CONTAINS(STR(?linkset), "%1$s")) }""".formatted(LINKSETS));
        q.put("organs, organizations and offices linked to Wikidata", """
                SELECT (COUNT(DISTINCT ?o) AS ?n) { VALUES ?class { unld:Organ org:Organization org:Post } ?o a ?class .
                  GRAPH ?linkset { ?o owl:sameAs ?target } FILTER(CONTAINS(STR(?linkset), "%1$swikidata")) }""".formatted(LINKSETS));
        q.put("events", "SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e a unld:Event }");
        q.put("conferences and summits", "SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e a unld:Conference }");
        q.put("event series", "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a unld:EventSeries }");
        q.put("persons", "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a foaf:Person }");
        q.put("places", "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a schema:Place }");
        q.put("links by linkset", """
                SELECT ?linkset (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?g), "%1$s"))
                  BIND(STRAFTER(STR(?g), "%1$s") AS ?linkset) } GROUP BY ?linkset""".formatted(LINKSETS));
        return Collections.unmodifiableMap(q);
    }

    /** Counts what the store holds. */
    public static StoreStatistics of(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> new StoreStatistics(
                count(dataset, "documents"), grouped(dataset, "documents by kind", "kind"),
                count(dataset, "documents citing a document"), count(dataset, "distinct cited symbols"),
                count(dataset, "cited documents in the store"), count(dataset, "countries mentioned"),
                count(dataset, "linked countries"), count(dataset, "organs, organizations and offices linked to Wikidata"),
                count(dataset, "events"), count(dataset, "conferences and summits"), count(dataset, "event series"),
                count(dataset, "persons"), count(dataset, "places"), grouped(dataset, "links by linkset", "linkset")));
    }

    /** The figures as lines a person reads, "name: value", groups indented. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("documents: " + documents);
        documentsByKind.forEach((k, n) -> out.add("  " + k + ": " + n));
        out.add("documents citing a document: " + documentsCiting);
        out.add("distinct cited symbols: " + citedSymbols);
        out.add("cited documents in the store: " + citedInStore);
        out.add("countries mentioned: " + countriesMentioned);
        out.add("linked countries: " + linkedCountries);
        out.add("organs, organizations and offices linked to Wikidata: " + linkedOrganizations);
        out.add("events: " + events);
        out.add("conferences and summits: " + conferences);
        out.add("event series: " + eventSeries);
        out.add("persons: " + persons);
        out.add("places: " + places);
        out.add("links: " + linksByLinkset.values().stream().mapToLong(Long::longValue).sum());
        linksByLinkset.forEach((k, n) -> out.add("  " + k + ": " + n));
        return out;
    }

    private static long count(DatasetGraph dataset, String figure) {
        try (QueryExec qe = QueryExec.dataset(dataset).query(PREFIXES + QUERIES.get(figure)).build()) {
            RowSet rows = qe.select();
            if (!rows.hasNext()) {
                return 0;
            }
            Node n = rows.next().get("n");
            return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
        }
    }

    private static Map<String, Long> grouped(DatasetGraph dataset, String figure, String key) {
        Map<String, Long> out = new TreeMap<>();
        try (QueryExec qe = QueryExec.dataset(dataset).query(PREFIXES + QUERIES.get(figure)).build()) {
            RowSet rows = qe.select();
            while (rows.hasNext()) {
                Binding b = rows.next();
                Node k = b.get(key);
                Node n = b.get("n");
                if (k != null && n != null) {
                    out.put(k.getLiteralLexicalForm(), Long.parseLong(n.getLiteralLexicalForm()));
                }
            }
        }
        return out;
    }
}
