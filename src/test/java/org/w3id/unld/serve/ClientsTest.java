package org.w3id.unld.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.testing.Prerequisites;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real linked-data clients, not written for unld, against the real server: Debian's rapper, Python's rdflib and
 * SPARQLWrapper (Debian's python3), and the npm jsonld package (installed by .ci/run into .ci/node_modules).
 * A client that is not installed skips its test, or fails it on CI ({@link Prerequisites}).
 */
@Tag("clients")
class ClientsTest {
    static final String TITLE = "Letter dated 27 December 2024 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General";
    static final Path NODE_MODULES = Path.of(".ci", "node_modules").toAbsolutePath();
    @TempDir
    static Path folder;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(folder, Duration.ofSeconds(10), 10_000, 1024 * 1024);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void rapperFollowsThe303AndParsesTheDescription() {
        String rapper = Prerequisites.program("rapper", "raptor2-utils");
        ExternalProgram.Result r = ExternalProgram.run(List.of(rapper, "-i", "guess", "-o", "ntriples", server.referenceDocument),
                Map.of(), 60);
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("<" + server.referenceDocument + "> <http://purl.org/dc/terms/title> \"" + TITLE + "\""), r::toString);
        assertTrue(r.err().contains("Parsing URI " + server.referenceDocument), r::toString);
    }

    @Test
    void rdflibParsesTheIriAndSparqlWrapperQueriesTheEndpoint() {
        String script = """
                import sys, rdflib
                from rdflib import URIRef
                from SPARQLWrapper import SPARQLWrapper, JSON
                iri, endpoint = sys.argv[1], sys.argv[2]
                g = rdflib.Graph()
                g.parse(iri)
                titles = [str(o) for o in g.objects(URIRef(iri), URIRef("http://purl.org/dc/terms/title"))]
                print("rdflib triples", len(g))
                print("rdflib title", titles[0] if titles else "-")
                s = SPARQLWrapper(endpoint)
                s.setQuery('PREFIX unld: <https://w3id.org/unld/ontology#> '
                           'SELECT ?n { <' + iri + '> unld:agendaItem ?i . ?i unld:itemNumber ?n } ORDER BY ?n')
                s.setReturnFormat(JSON)
                rows = s.query().convert()["results"]["bindings"]
                print("sparqlwrapper items", " ".join(sorted((r["n"]["value"] for r in rows), key=int)))
                """;
        String python = "/usr/bin/python3";
        if (!Files.isExecutable(Path.of(python))
                || ExternalProgram.run(List.of(python, "-c", "import rdflib, SPARQLWrapper"), Map.of(), 60).exitCode() != 0) {
            Prerequisites.missing("Debian's python3 has no rdflib or SPARQLWrapper: apt-get install python3-rdflib python3-sparqlwrapper");
        }
        ExternalProgram.Result r = ExternalProgram.run(List.of(python, "-c", script, server.referenceDocument,
                server.url("sparql")), Map.of(), 120);
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("rdflib title " + TITLE), r::toString);
        assertTrue(r.out().contains("sparqlwrapper items 32 60 61 69 71 84 132"), r::toString);
    }

    @Test
    void theNpmJsonldPackageExpandsTheJsonLdWithThePublishedContext() {
        String node = Prerequisites.program("node", "nodejs");
        if (!Files.isDirectory(NODE_MODULES.resolve("jsonld"))) {
            Prerequisites.missing("the npm jsonld package is missing: npm install --prefix .ci jsonld@8 (see .ci/run)");
        }
        String script = """
                const jsonld = require('jsonld');
                const iri = process.argv[1];
                (async () => {
                  // jsonld's own document loader: sends Accept: application/ld+json, follows the 303, fetches the context.
                  const loaded = await jsonld.documentLoader(iri);
                  console.log('context ' + loaded.document['@context']);
                  const expanded = await jsonld.expand(loaded.document, {base: loaded.documentUrl});
                  const doc = expanded.find(n => n['@id'] === iri);
                  console.log('title ' + doc['http://purl.org/dc/terms/title'][0]['@value']);
                  console.log('items ' + doc['https://w3id.org/unld/ontology#agendaItem'].length);
                })().catch(e => { console.error(e); process.exit(1); });
                """;
        ExternalProgram.Result r = ExternalProgram.run(List.of(node, "-e", script, server.referenceDocument),
                Map.of("NODE_PATH", NODE_MODULES.toString()), 60);
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("context " + server.url("context.jsonld")), r::toString);
        assertTrue(r.out().contains("title " + TITLE), r::toString);
        assertTrue(r.out().contains("items 7"), r::toString);
    }
}
