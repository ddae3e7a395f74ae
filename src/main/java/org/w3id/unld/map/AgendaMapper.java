package org.w3id.unld.map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.unld.model.AgendaItem;
import org.w3id.unld.model.Extraction;
import org.w3id.unld.model.Session;
import org.w3id.unld.vocab.Unld;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The organs, sessions and agenda items under which a document is issued, as its masthead prints them. */
final class AgendaMapper implements FactMapper {

    @Override
    public void map(MappingContext context, Triples out) {
        Extraction e = context.extraction();
        Node doc = context.document();
        SharedResources shared = context.shared();
        for (int i = 0; i < e.organs().size(); i++) {
            String organ = e.organs().get(i);
            if (blank(organ)) {
                continue;
            }
            out.stated("/organs/" + i, out.add(doc, Unld.organ, shared.organ(organ)));
            out.rule(Unld.OrgansFromMasthead);
        }
        for (int i = 0; i < e.sessions().size(); i++) {
            Session s = e.sessions().get(i);
            String organ = firstNonBlank(s.organ());
            if (organ != null) {
                out.stated("/sessions/" + i, out.add(doc, Unld.session, shared.session(organ, s.number(), s.kind())));
                out.rule(Unld.SessionsFromMasthead);
            }
        }
        for (int i = 0; i < e.agendaItems().size(); i++) {
            AgendaItem item = e.agendaItems().get(i);
            if (blank(item.number()) && blank(item.title())) {
                continue; // nothing to say about it
            }
            String field = "/agendaItems/" + i;
            Triple listed = out.add(doc, Unld.agendaItem, agendaItem(context, item, field, out));
            // The item is said by its number in the agenda line and by its title under it.
            out.stated(field + "/number", listed);
            out.stated(field + "/title", listed);
            out.rule(Unld.AgendaItemsFromMasthead);
        }
    }

    /**
     * An agenda item is keyed by organ, session and number, as parse decided them (the masthead's organ, else the
     * organ of the symbol's series; the session printed, else that organ's only session in the masthead); the
     * session's kind is the masthead's session of that number. An item without organ or session is described as printed, under
     * the document's IRI and without session ({@link Iris#agendaItemOfDocument}); the shapes accept it and warn
     * that its session is unknown.
     */
    private Node agendaItem(MappingContext context, AgendaItem item, String field, Triples out) {
        Extraction e = context.extraction();
        SharedResources shared = context.shared();
        String organ = firstNonBlank(item.organ());
        Optional<Session> session = organ == null ? Optional.empty() : sessionOf(e.sessions(), organ, item.session());

        Node node;
        List<String> label = new ArrayList<>();
        if (session.isPresent()) {
            Session s = session.get();
            Node sessionNode = shared.session(organ, s.number(), s.kind());
            node = context.iris().agendaItem(shared.organSlug(organ), s.number(), s.kind(), item.number(), item.title());
            out.add(node, Unld.session, sessionNode);
            label.add(shared.sessionLabel(organ, s.number(), s.kind()));
        } else {
            node = context.iris().agendaItemOfDocument(context.document(), item.number(), item.title());
        }
        out.type(node, Unld.AgendaItem);
        out.text(node, Unld.itemNumber, item.number());
        out.stated(field + "/title", out.text(node, DCTerms.title.asNode(), item.title()));
        if (!blank(item.number())) {
            label.add((label.isEmpty() ? "Item " : "item ") + item.number().strip());
        }
        String head = String.join(", ", label);
        // "General Assembly, 79th session, item 32: Prevention of armed conflict"
        out.label(node, blank(item.title()) ? head : head.isEmpty() ? item.title().strip() : head + ": " + item.title().strip());
        return node;
    }

    /**
     * The session the item names, else the only session of its organ that the masthead prints (a
     * session printed without organ counts as the organ's).
     */
    private static Optional<Session> sessionOf(List<Session> sessions, String organ, Integer number) {
        List<Session> ofOrgan = sessions.stream().filter(s -> s.organ() == null || organ.equalsIgnoreCase(s.organ().strip())).toList();
        if (number == null) {
            return Optional.empty();
        }
        Optional<Session> printed = ofOrgan.stream().filter(s -> s.number() == number).findFirst();
        return Optional.of(printed.orElseGet(() -> new Session(organ, number)));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
