package org.w3id.unld.dump;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.w3id.unld.store.PatchJournal;
import org.w3id.unld.vocab.Prefixes;
import org.w3id.unld.vocab.Prov;
import org.w3id.unld.vocab.Sd;
import org.w3id.unld.vocab.Unld;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The VoID and DCAT description of the dataset and its dump files, built from the figures counted in the
 * store and from the files as written (sizes, checksums). Its resources are fragments of the document it is
 * served as, {@code {base}.well-known/void}. Written as Turtle in sorted order, so the same dump set gives
 * the same bytes.
 */
public final class VoidDescription {
    private static final String IANA = "https://www.iana.org/assignments/media-types/";

    private final String base;
    private final String doc;
    private final Graph g = GraphFactory.createDefaultGraph();

    private VoidDescription(String base) {
        this.base = base;
        this.doc = base + ".well-known/void";
    }

    /** The Activity Streams 2.0 recommendation, which the change feed follows. */
    static final String ACTIVITY_STREAMS = "https://www.w3.org/TR/activitystreams-core/";

    /** The IRI of the dataset in the description served under {@code base}. */
    public static String datasetIri(String base) {
        return base + ".well-known/void#dataset";
    }

    /**
     * @param files the data files of the set (not the description itself nor the checksums)
     */
    static Graph describe(String base, LocalDate modified, String license, DatasetFigures figures, List<DumpFile> files,
                          Optional<Node> lastPatch) {
        VoidDescription v = new VoidDescription(base);
        v.build(modified, license, figures, files);
        // The last change the dump includes, as published in the change feed: a store loaded from the dump
        // (unld load --dump) follows the replication topic on from the patch after it.
        lastPatch.ifPresent(id -> v.add(iri(datasetIri(base)), Prov.wasDerivedFrom, iri(PatchJournal.feedIri(base, id))));
        return v.g;
    }

    private void build(LocalDate modified, String license, DatasetFigures f, List<DumpFile> files) {
        Node ds = iri(datasetIri(base));
        Node date = NodeFactory.createLiteralDT(modified.toString(), XSDDatatype.XSDdate);
        type(ds, voiD("Dataset"), dcat("Dataset"));
        add(ds, dct("title"), NodeFactory.createLiteralLang("unld: United Nations documents as linked data", "en"));
        add(ds, dct("description"), NodeFactory.createLiteralLang("Metadata of United Nations documents (symbols, organs, sessions, "
                + "agenda items, senders, addressees, signatories, annexes, events, cited documents) as read from the documents "
                + "themselves. What a document says is attributed to the document. One named graph per document; "
                + "the links to other datasets are in linksets of their own.", "en"));
        add(ds, dct("license"), iri(license));
        add(ds, dct("modified"), date);
        add(ds, foaf("homepage"), iri(base));
        add(ds, dcat("landingPage"), iri(base));
        add(ds, voiD("sparqlEndpoint"), iri(base + "sparql"));
        // The change feed: what each write added, changed or removed, for consumers that follow the dataset.
        Node feed = iri(doc + "#changes");
        type(feed, dcat("DataService"));
        add(feed, dct("title"), NodeFactory.createLiteralLang("The change feed: one activity per document added, changed or removed, "
                + "newest first, each linked to its RDF Patch", "en"));
        add(feed, dcat("endpointURL"), iri(base + PatchJournal.FEED));
        add(feed, dct("conformsTo"), iri(ACTIVITY_STREAMS));
        add(feed, dcat("servesDataset"), ds);
        add(ds, voiD("uriSpace"), NodeFactory.createLiteralString(base));
        add(ds, voiD("triples"), integer(f.triples()));
        add(ds, voiD("entities"), integer(f.entities()));
        add(ds, voiD("distinctSubjects"), integer(f.distinctSubjects()));
        add(ds, voiD("classes"), integer(f.classes().size()));
        add(ds, voiD("properties"), integer(f.properties().size()));
        for (String ns : vocabularies(f)) {
            add(ds, voiD("vocabulary"), iri(ns));
        }
        for (String example : f.examples()) {
            add(ds, voiD("exampleResource"), iri(example));
        }

        int i = 0;
        for (Map.Entry<String, Long> c : f.classes().entrySet()) {
            Node part = iri(doc + "#class-" + (++i));
            add(ds, voiD("classPartition"), part);
            type(part, voiD("Dataset"));
            add(part, voiD("class"), iri(c.getKey()));
            add(part, voiD("entities"), integer(c.getValue()));
        }
        i = 0;
        for (Map.Entry<String, DatasetFigures.PropertyFigures> p : f.properties().entrySet()) {
            Node part = iri(doc + "#property-" + (++i));
            add(ds, voiD("propertyPartition"), part);
            type(part, voiD("Dataset"));
            add(part, voiD("property"), iri(p.getKey()));
            add(part, voiD("triples"), integer(p.getValue().triples()));
            add(part, voiD("distinctSubjects"), integer(p.getValue().distinctSubjects()));
        }

        for (DumpFile file : files) {
            Node distribution = distribution(file, date, license);
            switch (file.kind()) {
                case QUADS, UNION_NTRIPLES, UNION_TURTLE, UNION_JSONLD -> {
                    add(ds, voiD("dataDump"), download(file));
                    add(ds, dcat("distribution"), distribution);
                    add(ds, voiD("feature"), Sd.format(switch (file.kind()) {
                        case QUADS -> "N-Quads";
                        case UNION_NTRIPLES -> "N-Triples";
                        case UNION_TURTLE -> "Turtle";
                        default -> "JSON-LD";
                    }));
                }
                case ONTOLOGY -> {
                    Node ontology = iri(Unld.ONTOLOGY);
                    add(ontology, dct("title"), NodeFactory.createLiteralLang("The unld ontology", "en"));
                    add(ontology, dcat("distribution"), distribution);
                }
                case SHAPES -> {
                    Node shapes = iri(doc + "#shapes");
                    type(shapes, dcat("Dataset"));
                    add(shapes, dct("title"), NodeFactory.createLiteralLang("The SHACL shapes of unld document graphs", "en"));
                    add(shapes, dcat("distribution"), distribution);
                    add(ds, dct("conformsTo"), shapes);
                }
                default -> {
                    // Linkset files are attached to their linkset below.
                }
            }
        }

        for (DatasetFigures.LinksetFigures l : f.linksets()) {
            linkset(ds, l, files, date, license);
        }
    }

    private void linkset(Node ds, DatasetFigures.LinksetFigures l, List<DumpFile> files, Node date, String license) {
        String token = DumpSet.linksetToken(l.name());
        Node linkset = iri(doc + "#linkset-" + token);
        Linksets.Target t = Linksets.target(l.name());
        Node target = iri(doc + "#target-" + token);
        type(target, voiD("Dataset"));
        add(target, dct("title"), NodeFactory.createLiteralString(t.title()));
        t.homepage().ifPresent(h -> add(target, foaf("homepage"), iri(h)));
        t.uriSpace().ifPresent(u -> add(target, voiD("uriSpace"), NodeFactory.createLiteralString(u)));

        add(ds, voiD("subset"), linkset);
        describeLinkset(linkset, ds, target, l.predicates().keySet(), l.triples());
        add(linkset, dct("title"), NodeFactory.createLiteralLang("Links from unld to " + t.title(), "en"));
        // The named graph that holds the linkset, for SPARQL queries (GRAPH <…>).
        add(linkset, Sd.name, iri(l.graph()));
        for (DumpFile file : files) {
            if (file.kind() == DumpFile.Kind.LINKSET && file.linkset().orElseThrow().equals(l.name())) {
                type(linkset, dcat("Dataset"));
                add(linkset, voiD("dataDump"), download(file));
                add(linkset, dcat("distribution"), distribution(file, date, license));
            }
        }
        if (l.predicates().size() > 1) {
            // One linkset per predicate as well, so that each count is the links of one predicate.
            int i = 0;
            for (Map.Entry<String, Long> p : l.predicates().entrySet()) {
                Node sub = iri(doc + "#linkset-" + token + "-" + (++i));
                add(linkset, voiD("subset"), sub);
                describeLinkset(sub, ds, target, List.of(p.getKey()), p.getValue());
            }
        }
    }

    private void describeLinkset(Node linkset, Node ds, Node target, Iterable<String> predicates, long triples) {
        type(linkset, voiD("Linkset"));
        add(linkset, voiD("subjectsTarget"), ds);
        add(linkset, voiD("objectsTarget"), target);
        add(linkset, voiD("target"), ds);
        add(linkset, voiD("target"), target);
        for (String p : predicates) {
            add(linkset, voiD("linkPredicate"), iri(p));
        }
        add(linkset, voiD("triples"), integer(triples));
    }

    private Node distribution(DumpFile file, Node date, String license) {
        Node d = iri(doc + "#distribution-" + file.name());
        Node checksum = iri(doc + "#checksum-" + file.name());
        type(d, dcat("Distribution"));
        add(d, dct("title"), NodeFactory.createLiteralLang(file.kind().title(), "en"));
        add(d, dcat("downloadURL"), download(file));
        add(d, dcat("accessURL"), iri(base + "dumps/"));
        add(d, dcat("mediaType"), iri(IANA + file.kind().mediaType()));
        if (file.kind().gzipped()) {
            add(d, dcat("compressFormat"), iri(IANA + "application/gzip"));
        }
        add(d, dcat("byteSize"), NodeFactory.createLiteralDT(Long.toString(file.bytes()), XSDDatatype.XSDnonNegativeInteger));
        add(d, spdx("checksum"), checksum);
        add(d, dct("license"), iri(license));
        add(d, dct("modified"), date);
        type(checksum, spdx("Checksum"));
        add(checksum, spdx("algorithm"), spdx("checksumAlgorithm_sha256"));
        add(checksum, spdx("checksumValue"), NodeFactory.createLiteralDT(file.sha256(), XSDDatatype.XSDhexBinary));
        return d;
    }

    private Node download(DumpFile file) {
        return iri(base + "dumps/" + file.name());
    }

    /** The namespaces of the classes and properties in use: the IRI up to its last '#' or '/'. */
    static SortedSet<String> vocabularies(DatasetFigures f) {
        SortedSet<String> ns = new TreeSet<>();
        List<String> terms = new ArrayList<>(f.classes().keySet());
        terms.addAll(f.properties().keySet());
        for (String term : terms) {
            int cut = Math.max(term.lastIndexOf('#'), term.lastIndexOf('/'));
            if (cut > 0 && cut < term.length() - 1) {
                ns.add(term.substring(0, cut + 1));
            }
        }
        return ns;
    }

    /** Writes a description graph as Turtle, triples in the byte order of their N-Triples lines. */
    static void write(Graph description, OutputStream out) {
        QuadLines lines = new QuadLines();
        List<Triple> triples = new ArrayList<>(description.find().toList());
        List<byte[]> keys = new ArrayList<>();
        for (Triple t : triples) {
            keys.add(lines.line(Quad.create(Quad.defaultGraphIRI, t)));
        }
        Integer[] order = new Integer[triples.size()];
        Arrays.setAll(order, k -> k);
        Arrays.sort(order, (a, b) -> Arrays.compareUnsigned(keys.get(a), keys.get(b)));
        StreamRDF turtle = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
        turtle.start();
        Prefixes.DESCRIPTION.forEach(turtle::prefix);
        for (Integer k : order) {
            turtle.triple(triples.get(k));
        }
        turtle.finish();
    }

    private void type(Node s, Node... classes) {
        for (Node c : classes) {
            add(s, RDF.Nodes.type, c);
        }
    }

    private void add(Node s, Node p, Node o) {
        g.add(s, p, o);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node voiD(String local) {
        return iri(VOID.getURI() + local);
    }

    private static Node dcat(String local) {
        return iri(DCAT.getURI() + local);
    }

    private static Node dct(String local) {
        return iri(DCTerms.getURI() + local);
    }

    private static Node foaf(String local) {
        return iri(FOAF.getURI() + local);
    }

    private static Node spdx(String local) {
        return iri(Prefixes.SPDX + local);
    }
}
