package org.w3id.unld.map;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.unld.model.Annex;
import org.w3id.unld.model.Author;
import org.w3id.unld.vocab.Prov;
import org.w3id.unld.vocab.Schema;
import org.w3id.unld.vocab.Unld;

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
            out.stated("/annexes/" + i + "/title", out.add(doc, Unld.annex, annex));
            out.rule(Unld.AnnexesFromHeadings);
            out.type(annex, Unld.Annex);
            boolean titled = a.title() != null && !a.title().isBlank();
            out.label(annex, titled ? a.title() : "Annex " + (i + 1) + " to " + context.label());
            out.stated("/annexes/" + i + "/title", out.text(annex, DCTerms.title.asNode(), a.title()));
            out.add(annex, DCTerms.isPartOf.asNode(), doc);
            String field = "/annexes/" + i;
            out.stated(field + "/date", out.date(annex, DCTerms.date.asNode(), a.date()));
            if (a.place() != null && !a.place().isBlank()) {
                out.stated(field + "/place", out.add(annex, Schema.locationCreated, shared.place(a.place())));
            }
            author(context, a, annex, field, out);
        }
    }

    private static void author(MappingContext context, Annex a, Node annex, String field, Triples out) {
        Author author = a.author();
        if (author == null) {
            return;
        }
        SharedResources shared = context.shared();
        boolean named = author.name() != null && !author.name().isBlank();
        boolean hasRole = author.role() != null && !author.role().isBlank();
        Node post = hasRole ? shared.post(author.role()) : null;
        if (!named) {
            out.stated(field + "/author/role", out.add(annex, DCTerms.creator.asNode(), post));
            return;
        }
        Node person = shared.person(author.name());
        out.stated(field + "/author/name", out.add(annex, DCTerms.creator.asNode(), person));
        Node signature = context.iris().signature(annex, 1);
        out.add(annex, Unld.signature, signature);
        out.type(signature, Unld.Signature);
        out.label(signature, "Signature of " + author.name().strip() + " on an annex to " + context.label());
        out.add(signature, Prov.agent, person);
        out.stated(field + "/author/role", out.add(signature, Unld.post, post));
        out.date(signature, DCTerms.date.asNode(), a.date());
    }
}
