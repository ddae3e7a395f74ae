package org.w3id.unld.serve;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.WebContent;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The representations a description is published in: four RDF syntaxes (written by Jena) and HTML.
 * Each has the extension people paste ({@code .ttl}) and the media types a client may ask for.
 */
public enum Format {
    TURTLE("ttl", WebContent.contentTypeTurtle, Lang.TURTLE, RDFFormat.TURTLE_PRETTY, "Turtle",
            List.of(WebContent.contentTypeTurtleAlt1)),
    HTML("html", WebContent.contentTypeHTML, null, null, "HTML", List.of("application/xhtml+xml")),
    JSONLD("jsonld", WebContent.contentTypeJSONLD, Lang.JSONLD, RDFFormat.JSONLD11_PLAIN, "JSON-LD",
            List.of(WebContent.contentTypeJSON)),
    RDFXML("rdf", WebContent.contentTypeRDFXML, Lang.RDFXML, RDFFormat.RDFXML_PLAIN, "RDF/XML", List.of()),
    NTRIPLES("nt", WebContent.contentTypeNTriples, Lang.NTRIPLES, RDFFormat.NTRIPLES, "N-Triples",
            List.of(WebContent.contentTypeNTriplesAlt));

    private final String extension;
    private final String mediaType;
    private final Lang lang;
    private final RDFFormat rdfFormat;
    private final String label;
    private final List<String> alternativeMediaTypes;

    Format(String extension, String mediaType, Lang lang, RDFFormat rdfFormat, String label, List<String> alternatives) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.lang = lang;
        this.rdfFormat = rdfFormat;
        this.label = label;
        this.alternativeMediaTypes = alternatives;
    }

    /**
     * What the server offers, best first: when a client accepts several equally (curl's {@code *}/{@code *}),
     * the earlier wins. Alternative media types come after the main ones so that they never win a tie.
     */
    private static final List<Offer> OFFERS = offers();

    private record Offer(MediaType mediaType, Format format) {
    }

    private static List<Offer> offers() {
        List<Offer> offers = new java.util.ArrayList<>();
        for (Format f : values()) {
            offers.add(new Offer(MediaType.create(f.mediaType), f));
        }
        for (Format f : values()) {
            for (String alt : f.alternativeMediaTypes) {
                offers.add(new Offer(MediaType.create(alt), f));
            }
        }
        return List.copyOf(offers);
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The Jena language, null for HTML. */
    public Lang lang() {
        return lang;
    }

    RDFFormat rdfFormat() {
        return rdfFormat;
    }

    public String label() {
        return label;
    }

    public boolean isRdf() {
        return lang != null;
    }

    public static Optional<Format> byExtension(String extension) {
        if (extension == null) {
            return Optional.empty();
        }
        String e = extension.toLowerCase(Locale.ROOT);
        for (Format f : values()) {
            if (f.extension.equals(e)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The format for an {@code Accept} header, by Jena's media-range matching (q-values, specificity):
     * no header means "anything", and a range with {@code q=0} refuses what it matches. Empty when nothing
     * offered is acceptable (406). Media types are compared case-insensitively ({@code TEXT/TURTLE} is Turtle).
     */
    public static Optional<Format> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(TURTLE);
        }
        AcceptList proposals = new AcceptList(MediaTypes.accept(accept));
        Format best = null;
        double bestQ = 0;
        int bestSpecificity = -1;
        for (Offer offer : OFFERS) {
            MediaRange range = proposals.match(offer.mediaType());
            if (range == null || range.get_q() <= 0 || refused(proposals, offer.mediaType())) {
                continue;
            }
            int specificity = specificity(range);
            if (best == null || range.get_q() > bestQ || (range.get_q() == bestQ && specificity > bestSpecificity)) {
                best = offer.format();
                bestQ = range.get_q();
                bestSpecificity = specificity;
            }
        }
        return Optional.ofNullable(best);
    }

    /** An exact {@code type/subtype;q=0} in the header refuses that type even when a wildcard would take it. */
    private static boolean refused(AcceptList proposals, MediaType offer) {
        for (MediaRange r : proposals.entries()) {
            if (r.get_q() <= 0 && offer.getType().equalsIgnoreCase(r.getType()) && offer.getSubType().equalsIgnoreCase(r.getSubType())) {
                return true;
            }
        }
        return false;
    }

    private static int specificity(MediaRange r) {
        int s = 0;
        if (!"*".equals(r.getType())) {
            s += 2;
        }
        if (!"*".equals(r.getSubType())) {
            s += 1;
        }
        return s;
    }
}
