package org.w3id.unld.map;

import org.apache.jena.graph.Node;
import org.w3id.unld.model.Citation;
import org.w3id.unld.model.Mention;
import org.w3id.unld.vocab.Unld;

/**
 * What the text cites and names. A cited document is the IRI its symbol gives, whether or not unld has
 * it; a mentioned country, organization or place is the gazetteer's resource. Both are the document's
 * (unld:refersTo, unld:mentions), never statements about the world.
 */
final class ReferenceMapper implements FactMapper {

    @Override
    public void map(MappingContext context, Triples out) {
        Node doc = context.document();
        for (Citation c : context.parsed().citations()) {
            if (c.symbol() == null || c.symbol().isBlank()) {
                continue;
            }
            Node cited = context.iris().document(c.symbol());
            if (cited.equals(doc) || context.extraction().symbols().contains(c.symbol().strip())) {
                continue; // a document citing one of its own symbols refers to itself
            }
            out.add(doc, Unld.refersTo, cited);
            // Labelled, not typed: the citing document is no source for what the cited one is.
            out.label(cited, c.symbol());
            out.rule(Unld.CitationsFromText);
        }
        for (Mention m : context.parsed().mentions()) {
            if (m.kind() == null || m.key() == null || m.key().isBlank()) {
                continue;
            }
            String printed = m.asPrinted() == null || m.asPrinted().isBlank() ? m.key() : m.asPrinted();
            Node named = switch (m.kind()) {
                case COUNTRY -> context.shared().countryByIso3(m.key(), printed);
                case ORGANIZATION -> context.shared().organizationBySlug(m.key(), printed);
                case PLACE -> context.shared().place(m.key(), printed);
            };
            out.add(doc, Unld.mentions, named);
            out.rule(Unld.MentionsFromText);
        }
    }
}
