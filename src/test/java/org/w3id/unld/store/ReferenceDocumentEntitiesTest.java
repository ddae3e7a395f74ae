package org.w3id.unld.store;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.map.TestDocuments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * Acceptance 1 of the entities issue, over a real store: the reference document goes through the whole
 * pipeline (read, parse, map, validate) into TDB2, and SPARQL finds its countries with their Wikidata
 * links, its signatory and annex author with their posts, the conference with dates and place, and UNESCO.
 */
class ReferenceDocumentEntitiesTest {
    static final String BASE = "http://localhost:3030/";
    static final String PREFIXES = """
            PREFIX unld: <https://w3id.org/unld/ontology#> PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX schema: <http://schema.org/> PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX org: <http://www.w3.org/ns/org#> PREFIX wd: <http://www.wikidata.org/entity/>
            """;

    @TempDir
    static Path db;
    static DocumentStore store;

    @BeforeAll
    static void ingest() {
        store = DocumentStore.open(FusekiConfiguration.load(null, new StoreLocation(db)));
        Outcome o = new Pipeline(BASE).process(TestDocuments.SEED_TEXT);
        Outcome.Accepted accepted = assertInstanceOf(Outcome.Accepted.class, o, o::toString);
        store.replace(List.of(accepted.document()));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static List<String> select(String query, String... vars) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> rows = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(store.dataset()).query(PREFIXES + query).build()) {
                RowSet rs = qe.select();
                while (rs.hasNext()) {
                    Binding b = rs.next();
                    List<String> cells = new ArrayList<>();
                    for (String v : vars) {
                        var n = b.get(v);
                        cells.add(n == null ? "-" : n.isLiteral() ? n.getLiteralLexicalForm() : n.getURI().replace(BASE, ""));
                    }
                    rows.add(String.join(" | ", cells));
                }
            }
            return rows;
        });
    }

    @Test
    void azerbaijanAndArmeniaAreCountriesTheLetterMentionsWithTheirWikidataItemsInTheWikidataLinkset() {
        assertEquals(List.of("id/country/arm | Armenia | http://www.wikidata.org/entity/Q399",
                        "id/country/aze | Azerbaijan | http://www.wikidata.org/entity/Q227"),
                select("""
                        SELECT ?c ?name ?wd { ?d unld:mentions ?c . ?c a unld:Country ; foaf:name ?name .
                          GRAPH <http://localhost:3030/graph/linkset/wikidata> { ?c owl:sameAs ?wd } } ORDER BY ?c""",
                        "c", "name", "wd"));
    }

    @Test
    void tofiqMusayevSignedAsPermanentRepresentativeOfAzerbaijan() {
        assertEquals(List.of("Tofiq Musayev | Permanent Representative of Azerbaijan | id/country/aze | 2024-12-27"),
                select("""
                        SELECT ?name ?post ?in ?date { ?d unld:signatory ?p ; unld:signature ?s .
                          ?s prov:agent ?p ; unld:post ?post_ ; dcterms:date ?date . ?p foaf:name ?name .
                          ?post_ rdfs:label ?post ; org:postIn ?in }""", "name", "post", "in", "date"));
    }

    @Test
    void ilhamAliyevWroteTheAnnexAsPresidentOfAzerbaijan() {
        assertEquals(List.of("Ilham Aliyev | President of Azerbaijan | id/role/president | id/country/aze | 2024-12-05"),
                select("""
                        SELECT ?name ?post ?role ?in ?date { ?d unld:annex ?a . ?a dcterms:creator ?p ; unld:signature ?s .
                          ?s prov:agent ?p ; unld:post ?post_ ; dcterms:date ?date . ?p foaf:name ?name .
                          ?post_ rdfs:label ?post ; org:role ?role ; org:postIn ?in }""", "name", "post", "role", "in", "date"));
    }

    @Test
    void theConferenceHasItsDatesBakuAsPlaceAndItsSeries() {
        assertEquals(List.of("Second International Conference on “The Right to Return: Advancing Justice for Azerbaijanis Expelled from Armenia”"
                        + " | 2024-12-05 | 2024-12-06 | Baku | id/country/aze | 2"),
                select("""
                        SELECT ?name ?start ?end ?place ?country ?n { ?d unld:refersTo ?e . ?e a unld:Conference ; rdfs:label ?name ;
                          schema:startDate ?start ; schema:endDate ?end ; schema:location ?l ; unld:ordinal ?n ; unld:series ?series .
                          ?l rdfs:label ?place ; schema:containedInPlace ?country }""", "name", "start", "end", "place", "country", "n"));
    }

    @Test
    void unescoIsAnOrganizationTheLetterMentionsAndIsQ7809() {
        assertEquals(List.of("id/organization/unesco | http://www.wikidata.org/entity/Q7809"),
                select("""
                        SELECT ?o ?wd { ?d unld:mentions ?o . ?o a org:Organization ; foaf:name ?n . FILTER(CONTAINS(?n, "UNESCO") || ?n = "United Nations Educational, Scientific and Cultural Organization")
                          GRAPH <http://localhost:3030/graph/linkset/wikidata> { ?o owl:sameAs ?wd } }""", "o", "wd"));
    }

    @Test
    void bakuIsAPlaceTheLetterMentions() {
        assertEquals(List.of("id/place/baku"), select("SELECT ?p { ?d unld:mentions ?p . ?p a schema:Place }", "p"));
    }
}
