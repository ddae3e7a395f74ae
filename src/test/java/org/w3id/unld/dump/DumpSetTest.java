package org.w3id.unld.dump;

import org.w3id.unld.vocab.Prov;

import org.apache.jena.graph.Node;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.map.MappedDocument;
import org.w3id.unld.store.DocumentStore;
import org.w3id.unld.store.FusekiConfiguration;
import org.w3id.unld.store.StoreLocation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.unld.dump.SyntheticDocuments.BASE;

class DumpSetTest {
    static final LocalDate DAY_1 = LocalDate.of(2026, 11, 29);
    static final LocalDate DAY_2 = LocalDate.of(2026, 12, 3);

    @TempDir
    Path temp;
    StoreLocation location;
    DocumentStore store;

    @BeforeEach
    void open() {
        location = new StoreLocation(temp.resolve("db"));
        store = DocumentStore.open(FusekiConfiguration.load(null, location));
        store.replace(SyntheticDocuments.sample());
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Clock on(LocalDate day) {
        return Clock.fixed(Instant.parse(day + "T12:00:00Z"), ZoneOffset.UTC);
    }

    DumpManifest dump(Path folder, LocalDate day) {
        return DumpSet.create(store.dataset(), location, BASE).clock(on(day)).build().writeTo(folder);
    }

    DumpManifest dump() {
        return dump(location.dumps(), DAY_1);
    }

    static Path file(DumpManifest m, DumpFile.Kind kind) {
        return m.path(m.file(kind).orElseThrow(() -> new AssertionError("no " + kind + " file in " + m.files())));
    }

    Path unzipped(DumpManifest m, DumpFile.Kind kind) throws IOException {
        Path gz = file(m, kind);
        String name = gz.getFileName().toString();
        return Tools.gunzip(gz, Files.createDirectories(temp.resolve("unzipped")).resolve(name.substring(0, name.length() - 3)));
    }

    long select(String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            RowSet rows = QueryExec.dataset(store.dataset()).query(query).select();
            return rows.next().get("n").getLiteralValue() instanceof Number n ? n.longValue() : -1L;
        });
    }

    Graph union() {
        return Txn.calculateRead(store.dataset(), () -> {
            Graph g = GraphFactory.createDefaultGraph();
            QueryExec.dataset(store.dataset()).query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }").construct()
                    .find().forEachRemaining(g::add);
            return g;
        });
    }

    /** Parses with Jena in strict mode: warnings are errors. */
    static void parseStrict(InputStream in, Lang lang, org.apache.jena.riot.system.StreamRDF sink) {
        RDFParser.source(in).lang(lang).strict(true).errorHandler(ErrorHandlerFactory.errorHandlerStrict).parse(sink);
    }

    static Graph parseStrict(Path file, Lang lang) throws IOException {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            parseStrict(in, lang, org.apache.jena.riot.system.StreamRDFLib.graph(g));
        }
        return g;
    }

    static Model description(DumpManifest m) throws IOException {
        return ModelFactory.createModelForGraph(parseStrict(file(m, DumpFile.Kind.DESCRIPTION), Lang.TURTLE));
    }

    static long number(Model model, String query) {
        try (var qe = org.apache.jena.query.QueryExecutionFactory.create(
                "PREFIX void: <http://rdfs.org/ns/void#> PREFIX dcat: <http://www.w3.org/ns/dcat#> "
                        + "PREFIX spdx: <http://spdx.org/rdf/terms#> PREFIX dcterms: <http://purl.org/dc/terms/> " + query, model)) {
            var rs = qe.execSelect();
            assertTrue(rs.hasNext(), () -> "no answer in the VoID description to " + query);
            return rs.next().getLiteral("n").getLong();
        }
    }

    @Test
    void theFileNamesCarryTheModificationDate() {
        DumpManifest m = dump();
        assertEquals(List.of("SHA256SUMS", "unld-2026-11-29-linkset-geonames.nt", "unld-2026-11-29-linkset-unbis.nt",
                        "unld-2026-11-29-linkset-undocs.nt", "unld-2026-11-29-linkset-wikidata.nt",
                        "unld-2026-11-29-ontology.ttl", "unld-2026-11-29-shapes.ttl",
                        "unld-2026-11-29.jsonld.gz", "unld-2026-11-29.nq.gz", "unld-2026-11-29.nt.gz", "unld-2026-11-29.ttl.gz", "void.ttl"),
                m.files().stream().map(DumpFile::name).toList());
        assertEquals(DAY_1, m.modified());
    }

    @Test
    @Tag("clients")
    void everyRdfFileParsesWithRapper() throws IOException {
        DumpManifest m = dump();
        DatasetFigures f = m.figures();
        assertEquals(f.quads(), Tools.rapper(unzipped(m, DumpFile.Kind.QUADS), "nquads"));
        assertEquals(f.triples(), Tools.rapper(unzipped(m, DumpFile.Kind.UNION_NTRIPLES), "ntriples"));
        assertEquals(f.triples(), Tools.rapper(unzipped(m, DumpFile.Kind.UNION_TURTLE), "turtle"));
        for (DumpFile l : m.files().stream().filter(x -> x.kind() == DumpFile.Kind.LINKSET).toList()) {
            assertTrue(Tools.rapper(m.path(l), "ntriples") > 0, l.name());
        }
        assertTrue(Tools.rapper(file(m, DumpFile.Kind.DESCRIPTION), "turtle") > 0);
        assertTrue(Tools.rapper(file(m, DumpFile.Kind.ONTOLOGY), "turtle") > 0);
        assertTrue(Tools.rapper(file(m, DumpFile.Kind.SHAPES), "turtle") > 0);
    }

    @Test
    void everyRdfFileParsesWithJenaInStrictMode() throws IOException {
        DumpManifest m = dump();
        Map<DumpFile.Kind, Lang> langs = Map.of(DumpFile.Kind.UNION_NTRIPLES, Lang.NTRIPLES, DumpFile.Kind.UNION_TURTLE, Lang.TURTLE,
                DumpFile.Kind.UNION_JSONLD, Lang.JSONLD, DumpFile.Kind.LINKSET, Lang.NTRIPLES, DumpFile.Kind.ONTOLOGY, Lang.TURTLE,
                DumpFile.Kind.SHAPES, Lang.TURTLE, DumpFile.Kind.DESCRIPTION, Lang.TURTLE);
        for (DumpFile f : m.files()) {
            if (f.kind() == DumpFile.Kind.QUADS) {
                DatasetGraph dsg = org.apache.jena.sparql.core.DatasetGraphFactory.create();
                try (InputStream in = new GZIPInputStream(Files.newInputStream(m.path(f)))) {
                    parseStrict(in, Lang.NQUADS, org.apache.jena.riot.system.StreamRDFLib.dataset(dsg));
                }
                assertEquals(m.figures().quads(), dsg.stream().count());
            } else if (langs.containsKey(f.kind())) {
                assertFalse(parseStrict(m.path(f), langs.get(f.kind())).isEmpty(), f.name());
            }
        }
    }

    @Test
    void theNQuadsDumpLoadedIntoAFreshTdb2StoreIsIsomorphicToTheSource() throws IOException {
        DumpManifest m = dump();
        Dataset fresh = TDB2Factory.connectDataset(temp.resolve("fresh").toString());
        try {
            Txn.executeWrite(fresh, () -> RDFDataMgr.read(fresh, file(m, DumpFile.Kind.QUADS).toString(), Lang.NQUADS));
            boolean iso = Txn.calculateRead(fresh, () -> Txn.calculateRead(store.dataset(),
                    () -> IsoMatcher.isomorphic(store.dataset(), fresh.asDatasetGraph())));
            assertTrue(iso, "the N-Quads dump reloaded is not the source dataset");
            long graphs = Txn.calculateRead(fresh, () -> Iterables.count(fresh.asDatasetGraph().listGraphNodes()));
            assertEquals(Txn.calculateRead(store.dataset(), () -> Iterables.count(store.dataset().listGraphNodes())), graphs,
                    "every document graph and linkset graph");
        } finally {
            fresh.close();
        }
    }

    @Test
    void theUnionFilesHoldEachTripleOfTheUnionOnce() throws IOException {
        DumpManifest m = dump();
        Graph union = union();
        long distinct = select("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }");
        assertTrue(distinct < m.figures().quads(), "the sample shares triples between document graphs");
        assertEquals(distinct, Files.readAllLines(unzipped(m, DumpFile.Kind.UNION_NTRIPLES)).size());
        for (var kind : Map.of(DumpFile.Kind.UNION_NTRIPLES, Lang.NTRIPLES, DumpFile.Kind.UNION_TURTLE, Lang.TURTLE,
                DumpFile.Kind.UNION_JSONLD, Lang.JSONLD).entrySet()) {
            Graph g = parseStrict(file(m, kind.getKey()), kind.getValue());
            assertEquals(distinct, g.size(), kind.getKey().toString());
            assertTrue(IsoMatcher.isomorphic(union, g), kind.getKey() + " is not the union of the store's graphs");
        }
    }

    @Test
    void twoDumpsOfTheSameStoreAreByteIdenticalEvenOnAnotherDayOrAfterReopening() throws IOException {
        DumpManifest first = dump(temp.resolve("one"), DAY_1);
        DumpManifest second = dump(temp.resolve("two"), DAY_2);
        store.close();
        store = DocumentStore.open(FusekiConfiguration.load(null, location));
        DumpManifest third = dump(temp.resolve("three"), DAY_2);
        assertEquals(first.files().stream().map(DumpFile::name).toList(), second.files().stream().map(DumpFile::name).toList());
        assertEquals(first.files().stream().map(DumpFile::name).toList(), third.files().stream().map(DumpFile::name).toList());
        for (DumpFile f : first.files()) {
            byte[] bytes = Files.readAllBytes(first.path(f));
            assertArrayEquals(bytes, Files.readAllBytes(second.path(f)), f.name());
            assertArrayEquals(bytes, Files.readAllBytes(third.path(f)), f.name() + " after reopening the store");
        }
    }

    /** unld's mappers mint IRIs only, no blank nodes (ontology/README.md). */
    static List<MappedDocument> withoutBlankNodes(List<MappedDocument> documents) {
        return documents.stream().map(d -> {
            Graph g = GraphFactory.createDefaultGraph();
            d.graph().find().filterDrop(t -> t.getSubject().isBlank() || t.getObject().isBlank()).forEachRemaining(g::add);
            return new MappedDocument(d.document(), d.graphName(), g);
        }).toList();
    }

    /** Closes the store and opens an empty one in the folder {@code name}. */
    private void reopenAt(String name) {
        store.close();
        location = new StoreLocation(temp.resolve(name));
        store = DocumentStore.open(FusekiConfiguration.load(null, location));
    }

    @Test
    void twoStoresFilledWithTheSameDocumentsInOneBatchInAnotherOrderGiveTheSameBytesDescriptionIncluded() throws IOException {
        List<MappedDocument> documents = withoutBlankNodes(SyntheticDocuments.sample());
        List<MappedDocument> reversed = new java.util.ArrayList<>(documents);
        java.util.Collections.reverse(reversed);
        reopenAt("first");
        store.replace(documents);
        DumpManifest first = dump(temp.resolve("one"), DAY_1);
        reopenAt("second");
        store.replace(reversed);
        DumpManifest second = dump(temp.resolve("two"), DAY_1);
        // One batch each, with the same changes: the same patch (its id is made from its changes, in any order), so
        // the descriptions, which name it, and the checksums are the same too.
        assertEquals(first.files().stream().map(DumpFile::name).toList(), second.files().stream().map(DumpFile::name).toList());
        for (DumpFile f : first.files()) {
            assertArrayEquals(Files.readAllBytes(first.path(f)), Files.readAllBytes(second.path(f)), f.name());
        }
    }

    @Test
    void twoStoresFilledWithTheSameDocumentsInAnotherOrderGiveTheSameBytes() throws IOException {
        List<MappedDocument> documents = withoutBlankNodes(SyntheticDocuments.sample());
        reopenAt("first");
        store.replace(documents);
        DumpManifest first = dump(temp.resolve("one"), DAY_1);
        reopenAt("second");
        for (int i = documents.size() - 1; i >= 0; i--) {
            store.replace(List.of(documents.get(i)));
        }
        DumpManifest second = dump(temp.resolve("two"), DAY_1);
        assertEquals(first.files().stream().map(DumpFile::name).toList(), second.files().stream().map(DumpFile::name).toList());
        for (DumpFile f : first.files()) {
            if (f.kind() == DumpFile.Kind.DESCRIPTION || f.kind() == DumpFile.Kind.CHECKSUMS) {
                continue;
            }
            assertArrayEquals(Files.readAllBytes(first.path(f)), Files.readAllBytes(second.path(f)), f.name());
        }
        // Not the descriptions: the histories differ. The first store made one patch of all the documents, the
        // second one patch a document, so their last patches differ, and each description names its store's last
        // patch. They differ in that alone (and the checksums in the description's line).
        Graph one = withoutLastPatch(first.folder().resolve(DumpSet.DESCRIPTION));
        Graph two = withoutLastPatch(second.folder().resolve(DumpSet.DESCRIPTION));
        assertTrue(one.isIsomorphicWith(two));
    }

    static Graph withoutLastPatch(Path description) {
        Graph g = RDFDataMgr.loadGraph(description.toUri().toString());
        assertEquals(1, g.find(Node.ANY, Prov.wasDerivedFrom, Node.ANY).toList().size(), "the description names the last patch");
        g.remove(Node.ANY, Prov.wasDerivedFrom, Node.ANY);
        return g;
    }

    @Test
    void linesAreSortedAsLcAllCSortWouldAndTheUnionIsUnique() throws IOException {
        DumpManifest m = dump();
        Path nq = unzipped(m, DumpFile.Kind.QUADS);
        Path nt = unzipped(m, DumpFile.Kind.UNION_NTRIPLES);
        assertArrayEquals(Tools.cSort(nq, true), Files.readAllBytes(nq));
        assertArrayEquals(Tools.cSort(nt, true), Files.readAllBytes(nt));
        for (DumpFile l : m.files().stream().filter(x -> x.kind() == DumpFile.Kind.LINKSET).toList()) {
            assertArrayEquals(Tools.cSort(m.path(l), true), Files.readAllBytes(m.path(l)), l.name());
        }
    }

    @Test
    void aSmallMemoryBoundSpillsToDiskAndGivesTheSameBytes() throws IOException {
        DumpManifest inMemory = dump(temp.resolve("memory"), DAY_1);
        DumpManifest spilled = DumpSet.create(store.dataset(), location, BASE).clock(on(DAY_1)).memory(512).build()
                .writeTo(temp.resolve("spilled"));
        for (DumpFile f : inMemory.files()) {
            assertArrayEquals(Files.readAllBytes(inMemory.path(f)), Files.readAllBytes(spilled.path(f)), f.name());
        }
    }

    @Test
    void theVoidFiguresEqualSparqlCountsOnTheStore() throws IOException {
        DumpManifest m = dump();
        Model v = description(m);
        String ds = "<" + BASE + ".well-known/void#dataset>";
        assertEquals(select("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }"),
                number(v, "SELECT ?n { " + ds + " void:triples ?n }"));
        // The union default graph of the store counts the same.
        assertEquals(select("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), number(v, "SELECT ?n { " + ds + " void:triples ?n }"));
        assertEquals(select("SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s ?p ?o } }"),
                number(v, "SELECT ?n { " + ds + " void:distinctSubjects ?n }"));
        assertEquals(select("SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?s) && STRSTARTS(STR(?s), '" + BASE + "')) }"),
                number(v, "SELECT ?n { " + ds + " void:entities ?n }"));
        assertEquals(select("SELECT (COUNT(DISTINCT ?c) AS ?n) { GRAPH ?g { ?s a ?c } FILTER isIRI(?c) }"),
                number(v, "SELECT ?n { " + ds + " void:classes ?n }"));
        assertEquals(select("SELECT (COUNT(DISTINCT ?p) AS ?n) { GRAPH ?g { ?s ?p ?o } }"),
                number(v, "SELECT ?n { " + ds + " void:properties ?n }"));

        List<String> classes = List.of(SyntheticDocuments.UNLD + "Document", SyntheticDocuments.UNLD + "Organ");
        for (String c : classes) {
            assertEquals(select("SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a <" + c + "> } }"),
                    number(v, "SELECT ?n { " + ds + " void:classPartition [ void:class <" + c + "> ; void:entities ?n ] }"), c);
        }
        List<String> properties = Txn.calculateRead(store.dataset(), () -> QueryExec.dataset(store.dataset())
                .query("SELECT DISTINCT ?p { GRAPH ?g { ?s ?p ?o } } ORDER BY ?p").select().stream()
                .map(b -> b.get("p").getURI()).toList());
        assertEquals(18, properties.size());
        for (String p : properties) {
            assertEquals(select("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?o { GRAPH ?g { ?s <" + p + "> ?o } } }"),
                    number(v, "SELECT ?n { " + ds + " void:propertyPartition [ void:property <" + p + "> ; void:triples ?n ] }"), p);
            assertEquals(select("SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s <" + p + "> ?o } }"),
                    number(v, "SELECT ?n { " + ds + " void:propertyPartition [ void:property <" + p + "> ; void:distinctSubjects ?n ] }"), p);
        }
    }

    @Test
    void eachLinksetIsAFileAndAVoidLinksetWhoseCountsAreTheLinksOfItsPredicates() throws IOException {
        DumpManifest m = dump();
        Model v = description(m);
        String sd = "PREFIX sd: <http://www.w3.org/ns/sparql-service-description#> ";
        assertEquals(2, Txn.calculateRead(store.dataset(), () -> QueryExec.dataset(store.dataset())
                .query("SELECT DISTINCT ?p { GRAPH <" + BASE + "graph/linkset/unbis> { ?s ?p ?o } }").select().stream().count()),
                "the sample has a linkset with two predicates (UNBIS: countries' concepts, agenda items' exact matches)");
        for (String name : List.of("geonames", "unbis", "undocs", "wikidata")) {
            String graph = BASE + "graph/linkset/" + name;
            DumpFile file = m.files().stream().filter(f -> f.linkset().equals(java.util.Optional.of(name))).findFirst().orElseThrow();
            Graph stored = Txn.calculateRead(store.dataset(), () -> {
                Graph copy = GraphFactory.createDefaultGraph();
                store.dataset().getGraph(NodeFactory.createURI(graph)).find().forEachRemaining(copy::add);
                return copy;
            });
            assertTrue(stored.isIsomorphicWith(parseStrict(m.path(file), Lang.NTRIPLES)), name);
            assertEquals(stored.size(), number(v, sd + "SELECT ?n { ?l a void:Linkset ; sd:name <" + graph + "> ; void:triples ?n }"));
            List<String> predicates = Txn.calculateRead(store.dataset(), () -> QueryExec.dataset(store.dataset())
                    .query("SELECT DISTINCT ?p { GRAPH <" + graph + "> { ?s ?p ?o } }").select().stream()
                    .map(b -> b.get("p").getURI()).toList());
            assertEquals(predicates.size(), number(v, sd + "SELECT (COUNT(?p) AS ?n) { ?l sd:name <" + graph + "> ; void:linkPredicate ?p }"));
            for (String p : predicates) {
                long links = select("SELECT (COUNT(*) AS ?n) { GRAPH <" + graph + "> { ?s <" + p + "> ?o } }");
                // The linkset itself when it has one predicate, otherwise its subset for that predicate.
                assertEquals(links, number(v, sd + "SELECT ?n { ?l sd:name <" + graph + "> . ?l void:subset? ?one . "
                        + "?one void:linkPredicate <" + p + "> ; void:triples ?n . "
                        + "FILTER NOT EXISTS { ?one void:linkPredicate ?other FILTER(?other != <" + p + ">) } }"), name + " " + p);
            }
            assertEquals(2, number(v, "SELECT (COUNT(?t) AS ?n) { ?l a void:Linkset ; void:dataDump <" + BASE + "dumps/" + file.name()
                    + "> ; void:target ?t }"));
        }
    }

    @Test
    void theDescriptionGivesEveryDumpFileWithItsSizeChecksumMediaTypeLicenseAndDate() throws IOException {
        DumpManifest m = dump();
        Model v = description(m);
        for (DumpFile f : m.files()) {
            if (f.kind() == DumpFile.Kind.DESCRIPTION || f.kind() == DumpFile.Kind.CHECKSUMS) {
                continue;
            }
            String url = "<" + BASE + "dumps/" + f.name() + ">";
            assertEquals(Files.size(m.path(f)), number(v, "SELECT ?n { ?d a dcat:Distribution ; dcat:downloadURL " + url + " ; dcat:byteSize ?n }"));
            String sha = org.apache.commons.codec.digest.DigestUtils.sha256Hex(Files.readAllBytes(m.path(f)));
            assertEquals(1, number(v, "SELECT (COUNT(*) AS ?n) { ?d dcat:downloadURL " + url + " ; spdx:checksum [ spdx:algorithm spdx:checksumAlgorithm_sha256 ; "
                    + "spdx:checksumValue ?v ] FILTER(STR(?v) = '" + sha + "') }"), f.name());
            assertEquals(1, number(v, "SELECT (COUNT(*) AS ?n) { ?d dcat:downloadURL " + url + " ; dcat:mediaType <https://www.iana.org/assignments/media-types/"
                    + f.kind().mediaType() + "> ; dcterms:license <" + DumpSet.DEFAULT_LICENSE + "> ; dcterms:modified ?m FILTER(STR(?m) = '2026-11-29') }"), f.name());
        }
        for (DumpFile.Kind k : List.of(DumpFile.Kind.QUADS, DumpFile.Kind.UNION_NTRIPLES, DumpFile.Kind.UNION_TURTLE, DumpFile.Kind.UNION_JSONLD)) {
            assertEquals(1, number(v, "SELECT (COUNT(*) AS ?n) { <" + BASE + ".well-known/void#dataset> void:dataDump <" + BASE + "dumps/"
                    + m.file(k).orElseThrow().name() + "> }"), k.toString());
        }
        assertEquals(1, number(v, "SELECT (COUNT(*) AS ?n) { <" + BASE + ".well-known/void#dataset> void:sparqlEndpoint <" + BASE + "sparql> ; "
                + "void:uriSpace '" + BASE + "' ; void:vocabulary <" + SyntheticDocuments.UNLD + "> ; void:exampleResource <" + BASE + "id/document/A/79/704> }"));
        assertEquals(1, number(v, "SELECT (COUNT(*) AS ?n) { ?feed a dcat:DataService ; dcat:endpointURL <" + BASE + "changes> ; "
                + "dcterms:conformsTo <https://www.w3.org/TR/activitystreams-core/> ; dcat:servesDataset <" + BASE + ".well-known/void#dataset> }"),
                "the change feed");
    }

    @Test
    void theOntologyAndTheShapesAreTheProjectsFilesAndDescribedAsSuch() throws IOException {
        DumpManifest m = dump();
        assertArrayEquals(Files.readAllBytes(Path.of("ontology", "unld.ttl")), Files.readAllBytes(file(m, DumpFile.Kind.ONTOLOGY)));
        assertArrayEquals(Files.readAllBytes(Path.of("shapes", "unld-shapes.ttl")), Files.readAllBytes(file(m, DumpFile.Kind.SHAPES)));
        Model v = description(m);
        assertEquals(1, number(v, "SELECT (COUNT(*) AS ?n) { <https://w3id.org/unld/ontology> dcat:distribution/dcat:downloadURL <"
                + BASE + "dumps/" + m.file(DumpFile.Kind.ONTOLOGY).orElseThrow().name() + "> }"));
        assertEquals(1, number(v, "SELECT (COUNT(*) AS ?n) { <" + BASE + ".well-known/void#dataset> dcterms:conformsTo/dcat:distribution/dcat:downloadURL <"
                + BASE + "dumps/" + m.file(DumpFile.Kind.SHAPES).orElseThrow().name() + "> }"));
    }

    @Test
    void sha256sumChecksEveryFile() {
        DumpManifest m = dump();
        Tools.Run check = Tools.sha256sumCheck(m.folder());
        assertEquals(0, check.exit(), check.out() + check.err());
        assertEquals(m.files().size() - 1, check.out().lines().filter(l -> l.endsWith(": OK")).count(), check.out());
    }

    @Test
    void theDateStaysWhileTheContentDoesAndANewSetReplacesTheOldOne() throws IOException {
        DumpManifest first = dump(location.dumps(), DAY_1);
        DumpManifest again = dump(location.dumps(), DAY_2);
        assertEquals(DAY_1, again.modified());
        assertEquals(first.files(), again.files());

        store.replace(List.of(SyntheticDocuments.document("A/79/999", "A new letter")));
        DumpManifest changed = dump(location.dumps(), DAY_2);
        assertEquals(DAY_2, changed.modified());
        try (Stream<Path> s = Files.list(location.dumps())) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(changed.files().stream().map(DumpFile::name).toList(), names, "only the new set, no temporary files");
        }
        assertTrue(Files.readString(location.dumps().resolve("SHA256SUMS")).contains("unld-2026-12-03.nq.gz"));
        assertFalse(Files.readString(location.dumps().resolve("SHA256SUMS")).contains("2026-11-29"));
    }

    @Test
    void filesThatAreNotPartOfADumpSetAreLeftAlone() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("out"));
        Files.writeString(folder.resolve("notes.txt"), "mine");
        dump(folder, DAY_1);
        assertEquals("mine", Files.readString(folder.resolve("notes.txt")));
    }

    @Test
    void anEmptyStoreGivesEmptyButValidDumps() throws IOException {
        DumpManifest m = dumpOfAnEmptyStore();
        assertEquals(0, m.figures().triples());
        assertTrue(parseStrict(file(m, DumpFile.Kind.UNION_TURTLE), Lang.TURTLE).isEmpty());
        assertTrue(parseStrict(file(m, DumpFile.Kind.UNION_JSONLD), Lang.JSONLD).isEmpty());
        assertEquals(0, number(description(m), "SELECT ?n { <" + BASE + ".well-known/void#dataset> void:triples ?n }"));
    }

    @Test
    @Tag("clients")
    void anEmptyStoresTurtleParsesWithRapper() throws IOException {
        assertEquals(0, Tools.rapper(unzipped(dumpOfAnEmptyStore(), DumpFile.Kind.UNION_TURTLE), "turtle"));
    }

    DumpManifest dumpOfAnEmptyStore() {
        store.close();
        location = new StoreLocation(temp.resolve("empty"));
        store = DocumentStore.open(FusekiConfiguration.load(null, location));
        return dump();
    }

    static final class Iterables {
        static long count(java.util.Iterator<?> it) {
            long n = 0;
            for (; it.hasNext(); it.next()) {
                n++;
            }
            return n;
        }
    }
}
