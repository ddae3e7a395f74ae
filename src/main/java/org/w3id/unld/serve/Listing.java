package org.w3id.unld.serve;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.w3id.unld.vocab.Hydra;
import org.w3id.unld.vocab.Prefixes;
import org.w3id.unld.vocab.Unld;

import java.util.List;

/**
 * One page of a browse list: documents, or the things that group them (organs, sessions, agenda items, years,
 * months, types, countries), each with how many documents it leads to. The same page is HTML for people and
 * RDF for programs (a Hydra collection with its paged view, see README.md, "Linked data").
 *
 * @param path      the list's path under the base, without query ("browse/organs")
 * @param title     what the list is, for a person
 * @param trail     the lists above this one, outermost first
 * @param items     this page's entries
 * @param total     entries of the whole list
 * @param page      1-based page
 * @param pageSize  entries per page
 * @param documents whether the entries are documents (else groups of documents)
 * @param related   other lists of the same thing (an organ's sessions, and all its documents)
 */
record Listing(String path, String title, List<Link> trail, List<Item> items, long total, int page, int pageSize,
               boolean documents, List<Link> related) {

    Listing withRelated(List<Link> links) {
        return new Listing(path, title, trail, items, total, page, pageSize, documents, List.copyOf(links));
    }

    /** A link to another page of the site: a path ("/browse/years") and its text. */
    record Link(String href, String label) {
    }

    /**
     * An entry: the thing it stands for, where it leads, its label, a document's symbol and date ("" when none),
     * and the documents a group holds, each count leading to its own list (a country: as sender, as mentioned).
     */
    record Item(Node about, String href, String label, String symbol, String date, List<Count> counts) {
    }

    /**
     * A number and the list at {@code href} it is about: how many documents that list leads to ("documents", 42,
     * "/browse/organ/general-assembly"), or, when {@code entries}, how many entries it has ("organs", 7, "/browse/organs").
     */
    record Count(String label, long n, String href, boolean entries) {
        static Count documents(String label, long n, String href) {
            return new Count(label, n, href, false);
        }
    }

    long pageCount() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }

    boolean hasNext() {
        return page < pageCount();
    }

    boolean hasPrevious() {
        return page > 1;
    }

    /** The site path of a page of this list: {@code /browse/organs?page=2}. */
    String pageHref(long n) {
        return "/" + path + "?page=" + n;
    }

    /**
     * The list in RDF: {@code <list> a hydra:Collection; hydra:totalItems; hydra:member …; hydra:view <list?page=N>},
     * the view a {@code hydra:PartialCollectionView} with first, previous, next and last pages. A document member is
     * the document (with its title, symbol and date); a group member is the list it leads to, a collection whose
     * {@code dcterms:subject} is the thing (the organ, the country) and whose {@code void:documents} is its count of
     * documents (on the browse start page, whose members are lists of lists, their {@code hydra:totalItems}).
     */
    Graph toRdf(String base) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Prefixes.BROWSE_MAPPING);
        Node list = uri(base + path);
        g.add(list, RDF.Nodes.type, Hydra.Collection);
        g.add(list, RDFS.Nodes.label, NodeFactory.createLiteralLang(title, "en"));
        g.add(list, Hydra.totalItems, integer(total));
        Node view = uri(base + pageHref(page).substring(1));
        g.add(list, Hydra.view, view);
        g.add(view, RDF.Nodes.type, Hydra.PartialCollectionView);
        g.add(view, Hydra.first, uri(base + pageHref(1).substring(1)));
        g.add(view, Hydra.last, uri(base + pageHref(pageCount()).substring(1)));
        if (hasPrevious()) {
            g.add(view, Hydra.previous, uri(base + pageHref(page - 1).substring(1)));
        }
        if (hasNext()) {
            g.add(view, Hydra.next, uri(base + pageHref(page + 1).substring(1)));
        }
        for (Link l : related) {
            g.add(list, RDFS.Nodes.seeAlso, uri(base + l.href().substring(1)));
        }
        for (Item item : items) {
            if (documents) {
                g.add(list, Hydra.member, item.about());
                g.add(item.about(), DCTerms.title.asNode(), NodeFactory.createLiteralString(item.label()));
                if (!item.symbol().isEmpty()) {
                    g.add(item.about(), Unld.symbol, NodeFactory.createLiteralString(item.symbol()));
                }
                if (!item.date().isEmpty()) {
                    g.add(item.about(), DCTerms.date.asNode(), NodeFactory.createLiteralDT(item.date(), XSDDatatype.XSDdate));
                }
                continue;
            }
            for (Count c : item.counts()) {
                Node sub = uri(base + c.href().substring(1));
                g.add(list, Hydra.member, sub);
                g.add(sub, RDF.Nodes.type, Hydra.Collection);
                g.add(sub, RDFS.Nodes.label, NodeFactory.createLiteralLang(
                        item.counts().size() > 1 ? item.label() + " (" + c.label() + ")" : item.label(), "en"));
                if (item.about() != null) {
                    g.add(sub, DCTerms.subject.asNode(), item.about());
                }
                g.add(sub, c.entries() ? Hydra.totalItems : VOID.documents.asNode(), integer(c.n()));
            }
        }
        return g;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
