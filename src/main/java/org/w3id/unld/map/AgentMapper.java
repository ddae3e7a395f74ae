package org.w3id.unld.map;

import org.apache.jena.graph.Node;
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
        Node from = sender == null ? null : sender(sender, shared);
        if (from != null) {
            out.add(doc, Unld.sender, from);
            out.rule(Unld.CorrespondentsFromTitle);
        }
        for (Addressee a : e.addressees()) {
            if (a.role() != null && !a.role().isBlank()) {
                out.add(doc, Unld.addressee, shared.post(a.role()));
                out.rule(Unld.CorrespondentsFromTitle);
            }
        }

        int n = 0;
        // Parse decided who signed, in which post (the sender's State for a lone signer in the sender's post).
        List<Agent> signers = context.parsed().signatories();
        for (Agent signer : signers) {
            if (signer.name() == null || signer.name().isBlank()) {
                continue;
            }
            Node person = shared.person(signer.name());
            out.add(doc, Unld.signatory, person);
            Node signature = context.iris().signature(doc, ++n);
            out.add(doc, Unld.signature, signature);
            out.type(signature, Unld.Signature);
            out.label(signature, "Signature of " + signer.name().strip() + " on " + context.label());
            out.add(signature, Prov.agent, person);
            out.add(signature, Unld.post, shared.post(signer.role(), signer.country()).orElse(null));
            out.text(signature, Unld.rank, signer.title());
            out.date(signature, DCTerms.date.asNode(), e.date());
            out.rule(Unld.SignatoriesFromSignatureBlocks);
        }

        for (String sponsor : e.sponsors()) {
            if (sponsor != null && !sponsor.isBlank()) {
                out.add(doc, Unld.sponsor, shared.agentNamed(sponsor));
                out.rule(Unld.SponsorsFromHeading);
            }
        }
    }

    /** The post when the document names one; else the person who signed; else the country or agent named; else none. */
    private static Node sender(Agent sender, SharedResources shared) {
        Optional<Node> post = shared.post(sender.role(), sender.country());
        if (post.isPresent()) {
            return post.get();
        }
        if (sender.name() != null && !sender.name().isBlank()) {
            return shared.person(sender.name());
        }
        return sender.country() == null || sender.country().isBlank() ? null : shared.agentNamed(sender.country());
    }
}
