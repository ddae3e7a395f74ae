package org.w3id.unld.serve;

import org.apache.jena.graph.Node;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A document's text as read, on its page, with every passage that its evidence quotes highlighted: the key facts link
 * to these passages ("where it says so"), and each passage says which facts it states. Passages may nest (a title holds
 * the sender's post), so the text is cut at every passage's start and end and each piece is marked with the passages
 * that cover it.
 */
final class TextView {
    private final DocumentText text;
    private final Function<Node, String> propertyLabel;

    /** @param propertyLabel how a person names a property ("date", "agenda item") */
    TextView(DocumentText text, Function<Node, String> propertyLabel) {
        this.text = text;
        this.propertyLabel = propertyLabel;
    }

    void render(Html h, String plainTextHref) {
        h.open("section", "class", "text", "id", "text").element("h2", "Text");
        h.open("p", "class", "text-note").text("The document's text as unld read it. What unld extracted from it is highlighted; "
                + "hover over a highlight to see which facts it states. ").link(plainTextHref, "Plain text").close("p");
        String s = text.text();
        int length = s.codePointCount(0, s.length());
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        for (DocumentText.Passage p : text.passages()) {
            cuts.add(p.start());
            cuts.add(p.end());
        }
        h.open("pre", "class", "document-text");
        Set<String> anchored = new HashSet<>();
        List<Integer> points = new ArrayList<>(cuts);
        int charIndex = 0;
        for (int i = 0; i + 1 < points.size(); i++) {
            int from = points.get(i);
            int to = points.get(i + 1);
            int end = s.offsetByCodePoints(charIndex, to - from);
            String piece = s.substring(charIndex, end);
            charIndex = end;
            List<DocumentText.Passage> covering = text.passages().stream().filter(p -> p.start() <= from && p.end() >= to).toList();
            if (covering.isEmpty()) {
                h.text(piece);
                continue;
            }
            // Every passage that starts here gets its anchor: the first on the mark, any other on an empty span before it.
            List<String> anchors = covering.stream().filter(p -> p.start() == from).map(DocumentText.Passage::anchor)
                    .filter(anchored::add).distinct().toList();
            for (int k = 1; k < anchors.size(); k++) {
                h.element("span", "", "id", anchors.get(k));
            }
            Set<String> facts = new LinkedHashSet<>();
            covering.forEach(p -> facts.add(propertyLabel.apply(p.predicate())));
            // A passage inside another (the post inside the title) shows darker; one passage stating two facts does not.
            boolean nested = covering.stream().map(p -> p.start() + "-" + p.end()).distinct().count() > 1;
            String css = nested ? "fact nested" : "fact";
            String title = String.join(", ", facts);
            if (anchors.isEmpty()) {
                h.element("mark", piece, "class", css, "title", title);
            } else {
                h.element("mark", piece, "class", css, "title", title, "id", anchors.get(0));
            }
        }
        h.close("pre").close("section");
    }
}
