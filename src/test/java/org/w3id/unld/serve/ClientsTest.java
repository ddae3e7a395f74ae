package org.w3id.unld.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.dump.SyntheticDocuments;
import org.w3id.unld.map.MappedDocument;
import org.w3id.unld.store.DocumentStore;
import org.w3id.unld.store.PatchJournal;
import org.w3id.unld.store.StoreLocation;
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
 * SPARQLWrapper (Debian's python3), and the npm jsonld package with the Activity Streams context package
 * activitystreams-context (installed by .ci/run into .ci/node_modules).
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

    @Test
    void theNpmJsonldPackageReadsTheChangeFeedAsActivityStreamsBackToTheFirstChange(@TempDir Path db) {
        String node = Prerequisites.program("node", "nodejs");
        for (String module : List.of("jsonld", "activitystreams-context")) {
            if (!Files.isDirectory(NODE_MODULES.resolve(module))) {
                Prerequisites.missing("the npm " + module + " package is missing: npm install --prefix .ci jsonld@8 activitystreams-context@3 (see .ci/run)");
            }
        }
        try (TestServer feedServer = TestServer.start(db, b -> { })) {
            // Two and a half pages of changes through the store's journal, as an ingest makes them: 250 creations, then
            // the first document updated and the second deleted.
            PatchJournal journal = PatchJournal.of(new StoreLocation(db.resolve("db")));
            DocumentStore store = DocumentStore.over(feedServer.server.dataset(), journal);
            List<MappedDocument> letters = SyntheticDocuments.letters(0, 250, "Letter");
            store.replace(letters);
            store.replace(List.of(SyntheticDocuments.document("A/79/1000", "Letter 0, corrected")));
            store.remove(letters.get(1).graphName());
            String script = """
                    const jsonld = require('jsonld');
                    const AS = 'https://www.w3.org/ns/activitystreams';
                    const asContext = require('activitystreams-context');
                    const web = jsonld.documentLoaders.node();
                    // The Activity Streams context from its npm package (no network on CI); unld's pages from the server.
                    const documentLoader = async url => url === AS
                        ? {contextUrl: null, documentUrl: url, document: asContext} : web(url);
                    const as = term => AS + '#' + term;
                    async function read(url) {
                      const loaded = await documentLoader(url);
                      // safe: a property or type that the context does not define is an error, not silently dropped.
                      const [node] = await jsonld.expand(loaded.document, {documentLoader, safe: true});
                      const vocabularyOutside = JSON.stringify(node).match(/"_:[^"]*"/);
                      if (vocabularyOutside) throw new Error('not an Activity Streams term: ' + vocabularyOutside[0]);
                      return node;
                    }
                    (async () => {
                      const collection = await read(process.argv[1]);
                      console.log('collection ' + collection['@type'].join(' ') + ' ' + collection[as('totalItems')][0]['@value']);
                      let page = collection[as('first')][0]['@id'];
                      let items = [], pages = 0;
                      while (page) {
                        const p = await read(page);
                        pages++;
                        if (!p['@type'].includes(as('OrderedCollectionPage'))) throw new Error(page + ' is ' + p['@type']);
                        const list = p[as('items')][0]['@list']; // orderedItems is as:items as an @list
                        for (const a of list) {
                          const link = a[as('url')][0];
                          items.push(a['@type'][0].replace(AS + '#', '') + ' ' + a[as('object')][0]['@id']
                              + ' ' + (a[as('published')] ? 'published' : 'undated')
                              + ' ' + link[as('mediaType')][0]['@value']);
                        }
                        page = p[as('next')] ? p[as('next')][0]['@id'] : null;
                      }
                      console.log('pages ' + pages + ' items ' + items.length);
                      console.log('newest ' + items[0]);
                      console.log('second ' + items[1]);
                      console.log('oldest ' + items[items.length - 1]);
                    })().catch(e => { console.error(e); process.exit(1); });
                    """;
            ExternalProgram.Result r = ExternalProgram.run(List.of(node, "-e", script, feedServer.url("changes")),
                    Map.of("NODE_PATH", NODE_MODULES.toString()), 60);
            assertEquals(0, r.exitCode(), r::toString);
            String letter = SyntheticDocuments.BASE + "graph/document/A/79/";
            assertTrue(r.out().contains("collection https://www.w3.org/ns/activitystreams#OrderedCollection 252"), r::toString);
            assertTrue(r.out().contains("pages 3 items 252"), r::toString);
            assertTrue(r.out().contains("newest Delete " + letter + "1001 published text/rdf-patch"), r::toString);
            assertTrue(r.out().contains("second Update " + letter + "1000 published text/rdf-patch"), r::toString);
            assertTrue(r.out().contains("oldest Create " + letter + "1000 published text/rdf-patch"), r::toString);
        }
    }
}
