package org.w3id.unld.serve;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.unld.reference.UnLanguages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The languages a reader asks for ({@code Accept-Language}), to name things on a page in them where unld has their
 * names in several languages (a country's, a UN body's or a linked UNBIS concept's {@code skos:prefLabel}s, one per
 * language tag). The header is read by the JDK's RFC 4647 parser, q-values honoured ({@code q=0}: not that language),
 * and a name is chosen by RFC 4647 lookup ({@code fr-CH} finds {@code fr}). English, the language of the rest of the
 * page and of unld's {@code rdfs:label}s, is the fallback: for no header, a header that cannot be read, or languages
 * unld has no names in.
 *
 * @param ranges the reader's language ranges, most wanted first; empty for English
 */
record ReaderLanguages(List<Locale.LanguageRange> ranges) {
    static final ReaderLanguages ENGLISH = new ReaderLanguages(List.of());
    /** The header a page in the reader's language varies by. */
    static final String HEADER = "Accept-Language";

    ReaderLanguages {
        ranges = List.copyOf(ranges);
    }

    static ReaderLanguages of(HttpServletRequest req) {
        return parse(req.getHeader(HEADER));
    }

    static ReaderLanguages parse(String header) {
        if (header == null || header.isBlank()) {
            return ENGLISH;
        }
        try {
            return new ReaderLanguages(Locale.LanguageRange.parse(header));
        } catch (IllegalArgumentException malformed) {
            return ENGLISH;
        }
    }

    /**
     * The name of {@code n} in the reader's language when it is not English: the {@code skos:prefLabel} in {@code graph}
     * whose language tag the reader's ranges look up first; empty when the page should show the English label.
     */
    Optional<Node> nameOf(Graph graph, Node n) {
        if (ranges.isEmpty() || n.isLiteral()) {
            return Optional.empty();
        }
        Map<String, Node> byTag = new LinkedHashMap<>();
        for (Triple t : graph.find(n, SKOS.prefLabel.asNode(), Node.ANY).toList()) {
            Node name = t.getObject();
            if (name.isLiteral() && !name.getLiteralLanguage().isEmpty()) {
                byTag.putIfAbsent(name.getLiteralLanguage().toLowerCase(Locale.ROOT), name);
            }
        }
        if (byTag.isEmpty()) {
            return Optional.empty();
        }
        String tag = Locale.lookupTag(ranges, byTag.keySet());
        if (tag == null || tag.equals(UnLanguages.ENGLISH) || tag.startsWith(UnLanguages.ENGLISH + "-")) {
            return Optional.empty();
        }
        return Optional.of(byTag.get(tag));
    }
}
