package org.w3id.unld.map;

import org.apache.jena.graph.Node;
import org.w3id.unld.model.Annex;
import org.w3id.unld.model.Author;

import java.util.List;

/**
 * The annexes of a document, numbered in order from 1, with the author, place and date their closing
 * lines print. The author's post at the annex's date is a signature of the annex.
 */
final class AnnexMapper implements FactMapper {

    @Override
    public void map(MappingContext context, Triples out) {
        List<Annex> annexes = context.extraction().annexes();
        Node doc = context.document();
        SharedResources shared = context.shared();
        for (int i = 0; i < annexes.size(); i++) {
            Annex a = annexes.get(i);
            Node annex = context.iris().annex(doc, i + 1);
            out.add(doc, Terms.ANNEX_OF, annex);
            out.rule(Terms.ANNEXES_FROM_HEADINGS);
            out.type(annex, Terms.ANNEX);
            boolean titled = a.title() != null && !a.title().isBlank();
            out.label(annex, titled ? a.title() : "Annex " + (i + 1) + " to " + context.label());
            out.text(annex, Terms.TITLE, a.title());
            out.add(annex, Terms.IS_PART_OF, doc);
            out.date(annex, Terms.DATE, a.date());
            if (a.place() != null && !a.place().isBlank()) {
                out.add(annex, Terms.LOCATION_CREATED, shared.place(a.place()));
            }
            author(context, a, annex, out);
        }
    }

    private static void author(MappingContext context, Annex a, Node annex, Triples out) {
        Author author = a.author();
        if (author == null) {
            return;
        }
        SharedResources shared = context.shared();
        boolean named = author.name() != null && !author.name().isBlank();
        boolean hasRole = author.role() != null && !author.role().isBlank();
        Node post = hasRole ? shared.post(author.role()) : null;
        if (!named) {
            out.add(annex, Terms.CREATOR, post);
            return;
        }
        Node person = shared.person(author.name());
        out.add(annex, Terms.CREATOR, person);
        Node signature = context.iris().signature(annex, 1);
        out.add(annex, Terms.SIGNATURE_OF, signature);
        out.type(signature, Terms.SIGNATURE);
        out.label(signature, "Signature of " + author.name().strip() + " on an annex to " + context.label());
        out.add(signature, Terms.PROV_AGENT, person);
        out.add(signature, Terms.POST, post);
        out.date(signature, Terms.DATE, a.date());
    }
}
