package org.w3id.unld.map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.unld.reference.Country;
import org.w3id.unld.reference.Gazetteer;
import org.w3id.unld.reference.Organization;
import org.w3id.unld.vocab.Unld;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The links from unld resources to other datasets. Each target dataset has a linkset, a named graph of
 * its own ({@code {base}graph/linkset/{target}}), so that a user can take the links apart from the data:
 *
 * <pre>
 * wikidata  country, organ, organization, office post   owl:sameAs      a Wikidata entity (Datasets.WIKIDATA_ENTITY)
 * geonames  country                                     owl:sameAs      a GeoNames feature, {id}/ (Datasets.GEONAMES_FEATURE)
 * unbis     country                                     unld:thesaurusConcept  a UNBIS concept (Datasets.UNBIS_CONCEPT)
 *           agenda item whose title is a concept's label skos:exactMatch that concept
 * undocs    document, for each of its symbols           rdfs:seeAlso    its undocs.org page ({@link Iris#undocs})
 * </pre>
 *
 * The links of a resource are a function of what the document graphs say of it (its type, the IRI key,
 * its symbols, its title) and of the gazetteer, nothing else: {@link #links(Node, Graph)}. The store
 * recomputes them for every resource a write touches, from all document graphs, so that the linksets
 * always hold exactly the links the resources present call for, whatever the order of ingest or removal.
 * Precision first: only ids the gazetteer holds (each checked, see reference/SOURCES.md), and an agenda
 * item only when its titles name one concept.
 */
public final class Linksets {
    public static final String WIKIDATA = "wikidata";
    public static final String GEONAMES = "geonames";
    public static final String UNBIS = "unbis";
    public static final String UNDOCS = "undocs";
    /** Every linkset, by the name of its target. */
    public static final List<String> TARGETS = List.of(GEONAMES, UNBIS, UNDOCS, WIKIDATA);

    /** The classes whose resources may have links; a resource of no such class has none. */
    public static final Set<Node> LINKABLE = Set.of(Unld.Country, Unld.Organ, ORG.Organization.asNode(), ORG.Post.asNode(),
            Unld.Document, Unld.AgendaItem);
    /** The predicates whose values links depend on: what the store reads of a resource to relink it. */
    public static final List<Node> INPUTS = List.of(RDF.Nodes.type, Unld.symbol, DCTerms.title.asNode());

    private static final Comparator<Quad> ORDER = Comparator.comparing((Quad q) -> q.getGraph().getURI())
            .thenComparing(q -> q.getSubject().getURI()).thenComparing(q -> q.getPredicate().getURI())
            .thenComparing(q -> q.getObject().toString());

    private final Iris iris;
    private final Gazetteer gazetteer;

    public Linksets(String base) {
        this(new Iris(base), Gazetteer.standard());
    }

    public Linksets(Iris iris, Gazetteer gazetteer) {
        this.iris = Objects.requireNonNull(iris, "iris");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /** The named graph of one linkset. */
    public Node graph(String target) {
        return iris.linkset(target);
    }

    /** The resources of a graph that may have links: those typed with a linkable class. */
    public Set<Node> linkable(Graph graph) {
        Set<Node> out = new TreeSet<>(Comparator.comparing(Node::getURI));
        graph.find(Node.ANY, RDF.Nodes.type, Node.ANY).forEach(t -> {
            if (t.getSubject().isURI() && LINKABLE.contains(t.getObject())) {
                out.add(t.getSubject());
            }
        });
        return out;
    }

    /** Every link that the resources of a graph call for (e.g. what one document graph contributes), sorted. */
    public List<Quad> links(Graph graph) {
        List<Quad> out = new ArrayList<>();
        for (Node subject : linkable(graph)) {
            out.addAll(links(subject, graph));
        }
        out.sort(ORDER);
        return out;
    }

    /**
     * The links of one resource, given what is said about it ({@code about} holds its rdf:type,
     * unld:symbol and dcterms:title triples from every document graph that describes it), sorted.
     */
    public List<Quad> links(Node subject, Graph about) {
        List<Quad> out = new ArrayList<>();
        if (!subject.isURI()) {
            return out;
        }
        Set<Node> types = new TreeSet<>(Comparator.comparing(Node::getURI));
        about.find(subject, RDF.Nodes.type, Node.ANY).forEach(t -> types.add(t.getObject()));
        String iri = subject.getURI();
        if (types.contains(Unld.Country)) {
            country(subject, key(iri, "id/country/"), out);
        }
        if (types.contains(Unld.Organ) || types.contains(ORG.Organization.asNode())) {
            organization(subject, out);
        }
        if (types.contains(ORG.Post.asNode())) {
            office(subject, out);
        }
        if (types.contains(Unld.Document)) {
            for (String symbol : literals(about, subject, Unld.symbol)) {
                out.add(new Quad(graph(UNDOCS), subject, RDFS.Nodes.seeAlso, Iris.undocs(symbol)));
            }
        }
        if (types.contains(Unld.AgendaItem)) {
            agendaItem(subject, literals(about, subject, DCTerms.title.asNode()), out);
        }
        out.sort(ORDER);
        return out;
    }

    private void country(Node subject, String key, List<Quad> out) {
        Optional<Country> known = key == null ? Optional.empty() : gazetteer.countryByIso3(key);
        // The IRI must be the one unld mints for that code: a country keyed otherwise is not the gazetteer's.
        if (known.isEmpty() || !iris.country(known.get().iso3()).equals(subject)) {
            return;
        }
        Country c = known.get();
        if (c.wikidata() != null) {
            out.add(new Quad(graph(WIKIDATA), subject, OWL.sameAs.asNode(), Iris.wikidata(c.wikidata())));
        }
        if (c.geonames() != null) {
            out.add(new Quad(graph(GEONAMES), subject, OWL.sameAs.asNode(), Iris.geonames(c.geonames())));
        }
        if (c.unbis() != null) {
            out.add(new Quad(graph(UNBIS), subject, Unld.thesaurusConcept, NodeFactory.createURI(c.unbis())));
        }
    }

    private void organization(Node subject, List<Quad> out) {
        String iri = subject.getURI();
        String slug = iri.startsWith(iris.base() + "id/organ/") ? key(iri, "id/organ/") : key(iri, "id/organization/");
        Optional<Organization> known = slug == null ? Optional.empty() : gazetteer.organizationBySlug(slug);
        if (known.isEmpty() || known.get().wikidata() == null || known.get().isOffice()) {
            return;
        }
        Organization o = known.get();
        // An organ is linked only under id/organ/, another organization only under id/organization/.
        Node expected = o.isOrgan() ? iris.organ(o.slug()) : iris.organization(o.slug());
        if (expected.equals(subject)) {
            out.add(new Quad(graph(WIKIDATA), subject, OWL.sameAs.asNode(), Iris.wikidata(o.wikidata())));
        }
    }

    /** The post of an office the gazetteer knows (the Secretary-General) is the office's Wikidata item. */
    private void office(Node subject, List<Quad> out) {
        for (Organization o : gazetteer.organizations()) {
            if (o.isOffice() && o.wikidata() != null) {
                String name = o.aliases().isEmpty() ? o.name() : o.aliases().get(0);
                if (iris.post(name).equals(subject)) {
                    out.add(new Quad(graph(WIKIDATA), subject, OWL.sameAs.asNode(), Iris.wikidata(o.wikidata())));
                }
            }
        }
    }

    /** An agenda item whose titles (as the documents print them) all name one and the same UNBIS concept. */
    private void agendaItem(Node subject, List<String> titles, List<Quad> out) {
        Set<String> concepts = new TreeSet<>();
        for (String title : titles) {
            Optional<String> concept = gazetteer.unbisConcept(title);
            if (concept.isEmpty()) {
                return; // a title that names no concept: the item is not surely that concept
            }
            concept.ifPresent(concepts::add);
        }
        if (concepts.size() == 1) {
            out.add(new Quad(graph(UNBIS), subject, SKOS.exactMatch.asNode(), NodeFactory.createURI(concepts.iterator().next())));
        }
    }

    /** The last path segment after {@code {base}path}, or null when the IRI is not under it or has more segments. */
    private String key(String iri, String path) {
        String prefix = iris.base() + path;
        if (!iri.startsWith(prefix)) {
            return null;
        }
        String key = iri.substring(prefix.length());
        return key.isEmpty() || key.contains("/") ? null : key;
    }

    private static List<String> literals(Graph about, Node subject, Node predicate) {
        Set<String> values = new TreeSet<>();
        about.find(subject, predicate, Node.ANY).mapWith(Triple::getObject).forEach(o -> {
            if (o.isLiteral() && !o.getLiteralLexicalForm().isBlank()) {
                values.add(o.getLiteralLexicalForm());
            }
        });
        return List.copyOf(values);
    }
}
