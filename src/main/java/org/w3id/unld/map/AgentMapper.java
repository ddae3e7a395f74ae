package org.w3id.unld.map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.unld.model.Addressee;
import org.w3id.unld.model.Agent;
import org.w3id.unld.model.Extraction;
import org.w3id.unld.vocab.Prov;
import org.w3id.unld.vocab.Unld;

import java.util.List;
import java.util.Optional;

/**
 * Who sends, receives, signs and sponsors a document, with the posts they hold as the document says.
 * The sender and the addressees are posts when the document names one (the Permanent Representative of
 * Azerbaijan, the Secretary-General), so that letters from successive holders of a post meet at the
 * post. A signatory is a person; that the person held the post at the document's date is a
 * unld:Signature of the document, not a timeless org:heldBy.
 */
final class AgentMapper implements FactMapper {

    @Override
    public void map(MappingContext context, Triples out) {
        Extraction e = context.extraction();
        Node doc = context.document();
        SharedResources shared = context.shared();

        Agent sender = e.sender();
        Sender from = sender == null ? null : sender(sender, shared);
        if (from != null) {
            Triple sent = out.add(doc, Unld.sender, from.node());
            for (String field : from.saidBy()) {
                out.stated(field, sent);
            }
            out.rule(Unld.CorrespondentsFromTitle);
        }
        for (int i = 0; i < e.addressees().size(); i++) {
            Addressee a = e.addressees().get(i);
            if (a.role() != null && !a.role().isBlank()) {
                // As the extraction's JSON has it: one addressee is an object, several an array.
                String field = e.addressees().size() == 1 ? "/addressee/role" : "/addressee/" + i + "/role";
                out.stated(field, out.add(doc, Unld.addressee, shared.post(a.role())));
                out.rule(Unld.CorrespondentsFromTitle);
            }
        }

        int n = 0;
        // Parse decided who signed, in which post (the sender's State for a lone signer in the sender's post).
        List<Agent> signers = context.parsed().signatories();
        for (int i = 0; i < signers.size(); i++) {
            Agent signer = signers.get(i);
            if (signer.name() == null || signer.name().isBlank()) {
                continue;
            }
            String field = "/signatories/" + i;
            Node person = shared.person(signer.name());
            out.stated(field + "/name", out.add(doc, Unld.signatory, person));
            Node signature = context.iris().signature(doc, ++n);
            out.add(doc, Unld.signature, signature);
            out.type(signature, Unld.Signature);
            out.label(signature, "Signature of " + signer.name().strip() + " on " + context.label());
            out.add(signature, Prov.agent, person);
            out.stated(field + "/role", out.add(signature, Unld.post, shared.post(signer.role(), signer.country()).orElse(null)));
            out.stated(field + "/title", out.text(signature, Unld.rank, signer.title()));
            out.date(signature, DCTerms.date.asNode(), e.date());
            out.rule(Unld.SignatoriesFromSignatureBlocks);
        }

        for (int i = 0; i < e.sponsors().size(); i++) {
            String sponsor = e.sponsors().get(i);
            if (sponsor != null && !sponsor.isBlank()) {
                out.stated("/sponsors/" + i, out.add(doc, Unld.sponsor, shared.agentNamed(sponsor)));
                out.rule(Unld.SponsorsFromHeading);
            }
        }
    }

    /**
     * Who sent a communication, and which of the extraction's values say it.
     *
     * @param saidBy JSON Pointers of the sender's values that name it
     */
    private record Sender(Node node, List<String> saidBy) {
    }

    /** The post when the document names one; else the person who signed; else the country or agent named; else none. */
    private static Sender sender(Agent sender, SharedResources shared) {
        Optional<Node> post = shared.post(sender.role(), sender.country());
        if (post.isPresent()) {
            // "from the Permanent Representative of Azerbaijan": the title's role and State.
            return new Sender(post.get(), List.of("/sender/role", "/sender/country"));
        }
        if (sender.name() != null && !sender.name().isBlank()) {
            return new Sender(shared.person(sender.name()), List.of("/sender/name"));
        }
        return sender.country() == null || sender.country().isBlank() ? null
                : new Sender(shared.agentNamed(sender.country()), List.of("/sender/country"));
    }
}
