package org.w3id.unld.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.store.DocumentStore;
import org.w3id.unld.store.FusekiConfiguration;
import org.w3id.unld.store.Ingest;
import org.w3id.unld.store.IngestSummary;
import org.w3id.unld.store.Pipeline;
import org.w3id.unld.store.StoreLocation;
import org.w3id.unld.testing.TestResources;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The federated examples of queries/ run as a user runs them, against the unld server, with Wikidata
 * played by a second, local Fuseki that serves a tiny extract (src/test/resources/federated/): the query
 * files are read unchanged and only the SERVICE IRI of Wikidata is replaced by the stand-in's.
 */
class FederatedQueryTest {
    static final String BASE = "http://localhost:3030/";
    static final String WIKIDATA_SERVICE = "<https://query.wikidata.org/sparql>";

    @TempDir
    static Path db;
    static UnldServer unld;
    static FusekiServer wikidata;

    @BeforeAll
    static void start() {
        DatasetGraph extract = DatasetGraphFactory.createTxnMem();
        RDFParser.source(Path.of("src", "test", "resources", "federated", "wikidata-extract.ttl")).lang(Lang.TURTLE)
                .parse(extract.getDefaultGraph());
        wikidata = FusekiServer.create().loopback(true).port(0).add("/sparql", extract, false).build().start();

        // As an operator runs it: unld serve --federate <the Wikidata endpoint>, here the stand-in's.
        unld = UnldServer.create(FusekiConfiguration.load(null, new StoreLocation(db))).port(0)
                .federate("http://localhost:" + wikidata.getHttpPort() + "/sparql").build();
        IngestSummary summary = Ingest.create(new Pipeline(BASE), DocumentStore.over(unld.dataset())).build()
                .run(List.of(TestResources.REFERENCE_DOCUMENT));
        assertEquals(1, summary.stored(), () -> "the reference document was not stored: " + summary.rejected());
        unld.start();
    }

    @AfterAll
    static void stop() {
        if (unld != null) {
            unld.close();
        }
        if (wikidata != null) {
            wikidata.stop();
        }
    }

    /** A query file of queries/, with Wikidata's SERVICE IRI pointing to the stand-in. */
    static String federated(String file) throws IOException {
        String query = Files.readString(Path.of("queries", file), StandardCharsets.UTF_8);
        assertTrue(query.contains("SERVICE " + WIKIDATA_SERVICE), file + " calls the real Wikidata endpoint");
        return query.replace(WIKIDATA_SERVICE, "<http://localhost:" + wikidata.getHttpPort() + "/sparql>");
    }

    static List<String> select(String query, String... vars) {
        List<String> rows = new ArrayList<>();
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service("http://localhost:" + unld.port() + "/sparql").query(query).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                List<String> cells = new ArrayList<>();
                for (String v : vars) {
                    cells.add(s.get(v) == null ? "-" : s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.getResource(v).getURI());
                }
                rows.add(String.join(" | ", cells));
            }
        }
        return rows;
    }

    @Test
    void documentsSentByStatesOfAsiaComeWithTheStatesNameFromWikidata() throws IOException {
        assertEquals(List.of("Letter dated 27 December 2024 from the Permanent Representative of Azerbaijan to the United Nations addressed "
                        + "to the Secretary-General | " + BASE + "id/country/aze | Azerbaijan"),
                select(federated("federated-documents-by-region.rq"), "title", "state", "stateName"));
    }

    @Test
    void organizationsTheDocumentsMentionComeWithTheirHeadquartersFromWikidata() throws IOException {
        assertEquals(List.of(
                        BASE + "id/organization/united-nations | 1 | New York City",
                        BASE + "id/organization/unesco | 1 | Paris"),
                select(federated("federated-organization-headquarters.rq"), "organization", "documents", "headquarters"));
    }
}
