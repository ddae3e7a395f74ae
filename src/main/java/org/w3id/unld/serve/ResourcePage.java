package org.w3id.unld.serve;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.unld.map.Iris;
import org.w3id.unld.vocab.Datasets;
import org.w3id.unld.vocab.Prefixes;
import org.w3id.unld.vocab.Schema;
import org.w3id.unld.model.Slugs;
import org.w3id.unld.vocab.Unld;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The HTML page of one resource: what it is, its key facts, every statement with human labels, what links to it. */
final class ResourcePage {
    /** Literals longer than this (a document's full text) are folded away. */
    private static final int LONG_TEXT = 600;

    /** Properties shown first, in this order; the rest follow by label. */
    private static final List<Node> ORDER = List.of(RDF.Nodes.type, RDFS.Nodes.label, DCTerms.title.asNode(), Unld.symbol, DCTerms.date.asNode(),
            Unld.distribution, Unld.originalLanguage, Unld.organ, Unld.session, Unld.agendaItem, Unld.itemNumber,
            Unld.sender, Unld.addressee, Unld.signatory, Unld.sponsor, Unld.annex, Unld.refersTo, Unld.mentions,
            Schema.startDate, Schema.endDate, Schema.location);

    private final Addresses addresses;
    private final Vocabulary vocabulary;
    private final Description d;
    private final Graph g;
    private final Node s;
    /** Whether unld holds the resource, when it is a document: else it is known only from the documents that cite it. */
    private final boolean held;
    /** The reader's languages: things unld has names of in several languages are named in them. */
    private final ReaderLanguages languages;
    /** A held document's text and the passages its evidence quotes, or null: the page then has no text view. */
    private DocumentText text;
    /** The properties a document states once of a resource: where documents state two values, they disagree. */
    private final SingleValued singleValued = SingleValued.standard();

    ResourcePage(Addresses addresses, Vocabulary vocabulary, Description description) {
        this(addresses, vocabulary, description, true, ReaderLanguages.ENGLISH);
    }

    ResourcePage(Addresses addresses, Vocabulary vocabulary, Description description, boolean held, ReaderLanguages languages) {
        this.addresses = addresses;
        this.vocabulary = vocabulary;
        this.d = description;
        this.g = description.graph();
        this.s = description.subject();
        this.held = held;
        this.languages = languages;
    }

    /** This page with a text view of the document (its text as read, the extracted facts highlighted). */
    ResourcePage withText(DocumentText text) {
        this.text = text;
        return this;
    }

    String render() {
        String label = labelOf(s);
        Page page = new Page(label);
        if (isDocumentPage(objects(s, RDF.Nodes.type))) {
            String url = addresses.base() + addresses.href(s.getURI()).substring(1);
            String name = objects(s, DCTerms.title.asNode()).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm)
                    .findFirst().orElse(label);
            page.jsonLd(SchemaOrg.document(g, s, name, url, addresses.base(), symbols()));
        }
        for (Format f : Format.values()) {
            if (f.isRdf()) {
                addresses.dataPath(s.getURI(), f).ifPresent(href -> page.alternate(f.mediaType(), href));
            }
        }
        return page.render(this::body);
    }

    private void body(Html h) {
        h.open("article", "class", "resource");
        h.element("h1", labelOf(s), "lang", languageOf(s));
        List<Node> types = objects(s, RDF.Nodes.type);
        h.open("p", "class", "types");
        for (Node t : types) {
            h.open("span", "class", "type").link(termHref(t), vocabulary.label(t), "title", t.getURI()).close("span");
        }
        h.close("p");
        h.open("p", "class", "iri").text("IRI ").element("code", s.getURI()).close("p");

        if (isDocumentPage(types)) {
            holding(h);
        }
        if (isDocument(types)) {
            keyFacts(h);
            if (text != null) {
                // Right under the facts, so that "where it says so" is a short way down.
                addresses.textPath(s.getURI()).ifPresent(href -> new TextView(text, vocabulary::label).render(h, href));
            }
        }
        statements(h);
        external(h);
        sentFromPosts(h);
        incoming(h);
        downloads(h);
        h.close("article");
    }

    private boolean isDocument(List<Node> types) {
        return types.contains(Unld.Document) || g.contains(s, Unld.symbol, Node.ANY);
    }

    /** A document's page: a document unld holds, or one it only knows from citations (an IRI under document/ and no type). */
    private boolean isDocumentPage(List<Node> types) {
        return s.isURI() && s.getURI().startsWith(addresses.base()) && (isDocument(types) || (types.isEmpty() && pathStarts(s, "document/")));
    }

    /**
     * The symbols a document is known by: its own, else (a document only cited) the symbol its IRI was minted
     * from; none for a document without symbol ({@code document/_key}).
     */
    private List<String> symbols() {
        List<String> own = objects(s, Unld.symbol).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).toList();
        if (!own.isEmpty()) {
            return own;
        }
        return addresses.idRest(s.getURI()).filter(r -> r.startsWith("document/") && !r.startsWith("document/_"))
                .map(r -> List.of(Addresses.symbolOf(r.substring("document/".length())))).orElse(List.of());
    }

    /** Whether unld holds the document, and the document on undocs.org under each of its symbols. */
    private void holding(Html h) {
        if (!held) {
            h.open("p", "class", "notice not-held").element("strong", "unld does not hold this document.")
                    .text(" It is known here only from the documents that cite it" + (d.incomingTotal() > 0 ? ", listed below." : "."))
                    .close("p");
        }
        List<String> symbols = symbols();
        if (!symbols.isEmpty()) {
            h.open("p", "class", "undocs").text(held ? "The document on undocs.org: " : "Read it on undocs.org: ");
            for (int i = 0; i < symbols.size(); i++) {
                h.text(i > 0 ? " · " : "").link(Iris.undocs(symbols.get(i)).getURI(), symbols.get(i), "rel", "external noopener");
            }
            h.close("p");
        }
    }

    private void keyFacts(Html h) {
        h.open("section", "class", "facts").element("h2", "Key facts").open("dl");
        // The title first: the heading above is the document's label, its symbol, which says nothing of what it is about.
        fact(h, "Title", DCTerms.title.asNode(), objects(s, DCTerms.title.asNode()));
        fact(h, "Symbol", Unld.symbol, objects(s, Unld.symbol));
        fact(h, "Date", DCTerms.date.asNode(), objects(s, DCTerms.date.asNode()));
        fact(h, "Organs", Unld.organ, objects(s, Unld.organ));
        fact(h, "Sessions", Unld.session, objects(s, Unld.session));
        fact(h, "Agenda items", Unld.agendaItem, objects(s, Unld.agendaItem));
        fact(h, "Sender", Unld.sender, objects(s, Unld.sender));
        fact(h, "Addressee", Unld.addressee, objects(s, Unld.addressee));
        fact(h, "Signatories", Unld.signatory, objects(s, Unld.signatory));
        fact(h, "Sponsors", Unld.sponsor, objects(s, Unld.sponsor));
        fact(h, "Annexes", Unld.annex, objects(s, Unld.annex));
        List<Node> refers = objects(s, Unld.refersTo);
        fact(h, "Events", Unld.refersTo, refers.stream().filter(n -> pathStarts(n, "event/")).toList());
        fact(h, "Cited documents", Unld.refersTo, refers.stream().filter(n -> pathStarts(n, "document/")).toList());
        fact(h, "Also refers to", Unld.refersTo, refers.stream().filter(n -> !pathStarts(n, "event/") && !pathStarts(n, "document/")).toList());
        fact(h, "Mentions", Unld.mentions, objects(s, Unld.mentions));
        h.close("dl").close("section");
    }

    /** More values than this in one key fact are shown on running lines rather than one a line. */
    private static final int MANY_VALUES = 8;

    /** One key fact: its values, each with links to the passages of the text that state it ("where it says so"). */
    private void fact(Html h, String name, Node property, List<Node> values) {
        if (values.isEmpty()) {
            return;
        }
        h.element("dt", name).open("dd").open("ul", "class", values.size() > MANY_VALUES ? "values many" : "values");
        for (Node v : values) {
            h.open("li");
            value(h, v);
            List<DocumentText.Passage> passages = text == null ? List.of() : text.of(s, property, v);
            for (int i = 0; i < passages.size(); i++) {
                h.text(" ").link("#" + passages.get(i).anchor(), i == 0 ? "where it says so" : "and here",
                        "class", "evidence", "title", "“" + passages.get(i).quote() + "”");
            }
            h.close("li");
        }
        h.close("ul").close("dd");
    }

    private boolean pathStarts(Node n, String prefix) {
        return n.isURI() && addresses.idRest(n.getURI()).map(r -> r.startsWith(prefix)).orElse(false);
    }

    private void statements(Html h) {
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        for (Triple t : g.find(s, Node.ANY, Node.ANY).toList()) {
            byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject());
        }
        List<Node> properties = new ArrayList<>(byProperty.keySet());
        properties.sort(Comparator.comparingInt((Node p) -> ORDER.contains(p) ? ORDER.indexOf(p) : ORDER.size())
                .thenComparing(vocabulary::label).thenComparing(Node::getURI));
        h.open("section", "class", "statements").element("h2", "Statements");
        if (!d.attributions().isEmpty()) {
            h.element("p", "Documents describe this " + kind() + " each in their own words: each value is followed by the"
                    + " documents that state it.", "class", "note attribution");
        }
        h.open("table").open("tbody");
        for (Node p : properties) {
            List<Node> values = sorted(byProperty.get(p));
            boolean disagree = disagree(p, values);
            h.open("tr", "class", disagree ? "disagreement" : null).open("th", "scope", "row")
                    .link(termHref(p), vocabulary.label(p), "title", p.getURI()).close("th").open("td");
            if (disagree) {
                h.element("p", "The documents disagree on the " + vocabulary.label(p) + ":", "class", "disagreement");
            }
            if (d.attributions().isEmpty()) {
                values(h, values);
            } else {
                attributedValues(h, p, values);
            }
            h.close("td").close("tr");
        }
        h.close("tbody").close("table").close("section");
    }

    /** What the page calls the resource: "event", "person", … (the label of its first attributed type). */
    private String kind() {
        return Attributions.ATTRIBUTED.stream().filter(t -> g.contains(s, RDF.Nodes.type, t)).findFirst()
                .map(vocabulary::label).orElse("resource");
    }

    /**
     * Whether documents state two or more values of a property each document states once (an event's place): then
     * none of them is a fact the page can show, only what each document says.
     */
    private boolean disagree(Node property, List<Node> values) {
        // Two printings of one name ("Tofiq Musayev", "TOFIQ MUSAYEV") are one value: names are compared as identity
        // compares them (Slugs: case, accents and punctuation aside), the printed forms are shown all the same.
        long stated = values.stream().filter(v -> d.attributions().of(Triple.create(s, property, v)).isPresent())
                .map(v -> v.isLiteral() && v.getLiteralDatatypeURI().equals(org.apache.jena.datatypes.xsd.XSDDatatype.XSDstring.getURI())
                        ? Slugs.of(v.getLiteralLexicalForm()) : v.toString())
                .distinct().count();
        return stated > 1 && singleValued.of(objects(s, RDF.Nodes.type), property);
    }

    /** Each value followed by the documents that state it: "Dubai — A/78/1, S/2023/5 and 12 more". */
    private void attributedValues(Html h, Node property, List<Node> values) {
        h.open("ul", "class", "values attributed");
        for (Node v : values) {
            h.open("li");
            value(h, v);
            d.attributions().of(Triple.create(s, property, v)).ifPresent(a -> sources(h, a));
            h.close("li");
        }
        h.close("ul");
    }

    private void sources(Html h, Attribution a) {
        h.open("span", "class", "sources").text(" — ");
        List<Node> documents = sorted(a.documents());
        for (int i = 0; i < documents.size(); i++) {
            h.text(i == 0 ? "" : i < documents.size() - 1 || a.unlisted() > 0 ? ", " : " and ");
            String anchor = a.passages().get(documents.get(i));
            if (anchor == null) {
                value(h, documents.get(i));
            } else {
                // Straight to where the document's text says it, highlighted on its page.
                h.link(addresses.href(documents.get(i).getURI()) + "#" + anchor, label(documents.get(i)).orElse(documents.get(i).getURI()),
                        "title", "where " + label(documents.get(i)).orElse("the document") + " says so");
            }
        }
        if (a.unlisted() > 0) {
            h.text(" and ").link("/query?run=1&query=" + URLEncoder.encode(a.query(), StandardCharsets.UTF_8),
                    String.format(Locale.ROOT, "%,d more", a.unlisted()), "title", "every document that states it, as a SPARQL query");
        }
        h.close("span");
    }

    private void external(Html h) {
        List<Node> links = new ArrayList<>();
        links.addAll(objects(s, OWL.sameAs.asNode()));
        links.addAll(objects(s, RDFS.Nodes.seeAlso));
        links.removeIf(n -> !n.isURI() || addresses.idRest(n.getURI()).isPresent());
        if (links.isEmpty()) {
            return;
        }
        h.open("section", "class", "external").element("h2", "Elsewhere").open("ul");
        for (Node n : links) {
            h.open("li").link(n.getURI(), externalName(n.getURI()), "rel", "external noopener").close("li");
        }
        h.close("ul").close("section");
    }

    private static String externalName(String iri) {
        if (iri.startsWith(Datasets.WIKIDATA_ENTITY) || iri.startsWith(Datasets.WIKIDATA_HOME)) {
            return "Wikidata " + iri.substring(iri.lastIndexOf('/') + 1);
        }
        if (iri.startsWith(Datasets.UNDOCS)) {
            return "undocs.org: " + iri.substring(Datasets.UNDOCS.length());
        }
        return iri;
    }

    private void incoming(Html h) {
        if (d.incomingTotal() == 0) {
            return;
        }
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        for (Triple t : g.find(Node.ANY, Node.ANY, s).toList()) {
            // A reified statement about the resource is its attribution, shown with its values, not a link to it.
            if (!t.getSubject().equals(s) && !t.getPredicate().equals(RDF.Nodes.subject)) {
                byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getSubject());
            }
        }
        h.open("section", "class", "incoming").element("h2", "Linked from (" + d.incomingTotal() + ")");
        for (Map.Entry<Node, List<Node>> e : byProperty.entrySet()) {
            if (e.getKey().equals(Unld.refersTo) && pathStarts(s, "document/")) {
                h.element("h3", "Cited by").open("ul");
            } else {
                h.open("h3").text("as ").link(termHref(e.getKey()), vocabulary.label(e.getKey()), "title", e.getKey().getURI())
                        .close("h3").open("ul");
            }
            for (Node n : sorted(e.getValue())) {
                h.open("li");
                value(h, n);
                h.close("li");
            }
            h.close("ul");
        }
        if (d.pageCount() > 1) {
            String here = addresses.dataPath(s.getURI(), Format.HTML).orElse("");
            h.open("nav", "class", "pager");
            if (d.hasPreviousPage()) {
                h.link(here + "?page=" + (d.page() - 1), "← previous", "rel", "prev");
            }
            h.element("span", " page " + d.page() + " of " + d.pageCount() + " ");
            if (d.hasNextPage()) {
                h.link(here + "?page=" + (d.page() + 1), "next →", "rel", "next");
            }
            h.close("nav");
        }
        h.close("section");
    }

    /** A country's page: the documents its posts sent (its Permanent Representative's letters). */
    private void sentFromPosts(Html h) {
        List<Node> posts = g.find(Node.ANY, ORG.postIn.asNode(), s).mapWith(Triple::getSubject).toList();
        List<Triple> sent = new ArrayList<>();
        for (Node post : posts) {
            sent.addAll(g.find(Node.ANY, Unld.sender, post).toList());
        }
        if (sent.isEmpty()) {
            return;
        }
        h.open("section", "class", "sent").element("h2", "Documents sent from its posts").open("ul");
        sent.sort(Comparator.comparing((Triple t) -> labelOf(t.getSubject()), ResourcePage::naturalCompare));
        for (Triple t : sent) {
            h.open("li");
            value(h, t.getSubject());
            h.text(" — sent by ");
            value(h, t.getObject());
            h.close("li");
        }
        h.close("ul").close("section");
    }

    private void downloads(Html h) {
        boolean graph = addresses.docPath(s.getURI()).isEmpty() && addresses.graphPath(s.getURI(), Format.TURTLE).isPresent();
        h.open("section", "class", "downloads").element("h2", graph ? "This graph as data" : "This description as data").open("ul");
        for (Format f : Format.values()) {
            if (f.isRdf()) {
                Optional<String> href = addresses.dataPath(s.getURI(), f);
                if (href.isPresent()) {
                    h.open("li").link(href.get(), f.label(), "type", f.mediaType()).text(" ").element("code", f.mediaType()).close("li");
                }
            }
        }
        h.close("ul").close("section");
    }

    private void values(Html h, List<Node> values) {
        h.open("ul", "class", "values");
        for (Node v : values) {
            h.open("li");
            value(h, v);
            h.close("li");
        }
        h.close("ul");
    }

    private void value(Html h, Node v) {
        if (v.isURI()) {
            String href = addresses.href(v.getURI());
            String label = label(v).orElse(null);
            if (!href.equals(v.getURI())) {
                h.link(href, label != null ? label : v.getURI(), "title", v.getURI(), "lang", languageOf(v));
            } else if (v.getURI().startsWith(Unld.NS)) {
                h.link(termHref(v), vocabulary.label(v), "title", v.getURI());
            } else {
                // A resource of another dataset named in the reader's language (a UNBIS concept) says which.
                h.link(v.getURI(), label != null ? label : v.getURI(), "rel", "external noopener", "lang", languageOf(v));
            }
        } else if (v.isLiteral()) {
            String text = v.getLiteralLexicalForm();
            if (text.length() > LONG_TEXT) {
                h.open("details").element("summary", text.substring(0, 200).strip() + " … (" + text.length() + " characters)")
                        .element("pre", text, "class", "fulltext").close("details");
            } else if (!v.getLiteralLanguage().isEmpty()) {
                h.element("span", text, "lang", v.getLiteralLanguage());
            } else {
                h.text(text);
            }
            if (!v.getLiteralLanguage().isEmpty()) {
                h.element("span", v.getLiteralLanguage(), "class", "lang");
            } else if (v.getLiteralDatatype() != null && !v.getLiteralDatatypeURI().startsWith(XSDDatatype.XSD + "#")
                    && !v.getLiteralDatatypeURI().equals(org.apache.jena.vocabulary.RDF.langString.getURI())) {
                h.element("span", Prefixes.DATA_MAPPING.shortForm(v.getLiteralDatatypeURI()), "class", "datatype");
            }
        } else {
            // A blank node: its own statements, inline.
            h.open("dl", "class", "nested");
            for (Triple t : g.find(v, Node.ANY, Node.ANY).toList()) {
                h.open("dt").text(vocabulary.label(t.getPredicate())).close("dt").open("dd");
                if (!t.getObject().isBlank()) {
                    value(h, t.getObject());
                }
                h.close("dd");
            }
            h.close("dl");
        }
    }

    /** Where a property or class links: the ontology page for unld's terms, the term's IRI for the others. */
    private static String termHref(Node term) {
        String iri = term.getURI();
        if (iri.startsWith(Unld.NS)) {
            return "/ontology#" + iri.substring(Unld.NS.length());
        }
        return iri;
    }

    private List<Node> objects(Node subject, Node property) {
        return sorted(g.find(subject, property, Node.ANY).mapWith(Triple::getObject).toList());
    }

    private List<Node> sorted(List<Node> nodes) {
        List<Node> copy = new ArrayList<>(nodes);
        copy.sort(Comparator.comparing((Node n) -> label(n).orElse(n.isLiteral() ? n.getLiteralLexicalForm() : n.toString()),
                ResourcePage::naturalCompare));
        return copy;
    }

    /** Agenda item 32 before 132: digits compare as numbers. */
    static int naturalCompare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                // Without leading zeros (keeping one digit), the longer number is the greater; of equal lengths, the first digit that differs decides.
                while (si < i - 1 && a.charAt(si) == '0') {
                    si++;
                }
                while (sj < j - 1 && b.charAt(sj) == '0') {
                    sj++;
                }
                int c = Integer.compare(i - si, j - sj);
                for (int k = 0; c == 0 && k < i - si; k++) {
                    c = Character.compare(a.charAt(si + k), b.charAt(sj + k));
                }
                if (c != 0) {
                    return c;
                }
            } else {
                int c = Character.compare(Character.toLowerCase(ca), Character.toLowerCase(cb));
                if (c != 0) {
                    return c;
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** The name of a resource: in the reader's language where the description has it, else its (English) label. */
    private Optional<String> label(Node n) {
        if (n.isLiteral()) {
            return Optional.empty();
        }
        Optional<Node> inReadersLanguage = languages.nameOf(g, n);
        if (inReadersLanguage.isPresent()) {
            return inReadersLanguage.map(Node::getLiteralLexicalForm);
        }
        return Describer.labelOf(g, n).map(t -> t.getObject().getLiteralLexicalForm());
    }

    /** The language of a resource's name on the page when it is not the page's English ({@code lang} attribute), else null. */
    private String languageOf(Node n) {
        return languages.nameOf(g, n).map(Node::getLiteralLanguage).orElse(null);
    }

    private String labelOf(Node n) {
        return label(n).orElseGet(() -> g.find(n, Unld.symbol, Node.ANY).toList().stream().findFirst()
                .map(t -> t.getObject().getLiteralLexicalForm()).orElse(n.getURI()));
    }
}
