package org.w3id.unld.serve;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.dump.SyntheticDocuments;
import org.w3id.unld.map.MappedDocument;
import org.w3id.unld.store.DocumentStore;
import org.w3id.unld.store.FusekiConfiguration;
import org.w3id.unld.store.PatchJournal;
import org.w3id.unld.store.StoreLocation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The change feed: one activity per document graph a patch changed, newest first, in bounded pages, linked to the patch. */
class ChangeFeedTest {
    static final String BASE = SyntheticDocuments.BASE;

    @TempDir
    Path db;

    /** A document graph without blank nodes, so that storing it again unchanged changes no quad. */
    static MappedDocument document(String symbol, String title) {
        Node doc = NodeFactory.createURI(BASE + "id/document/" + symbol);
        Graph g = GraphFactory.createDefaultGraph();
        g.add(doc, DCTerms.title.asNode(), NodeFactory.createLiteralString(title));
        return new MappedDocument(doc, NodeFactory.createURI(BASE + "graph/document/" + symbol), g);
    }

    @Test
    void eachDocumentGraphChangeIsOneActivityNewestFirst() {
        PatchJournal journal;
        try (DocumentStore store = DocumentStore.open(FusekiConfiguration.load(null, new StoreLocation(db)))) {
            store.replace(List.of(document("A/79/1", "One"), document("A/79/2", "Two")));
            store.replace(List.of(document("A/79/1", "One, corrected"), document("A/79/2", "Two")));
            store.remove(NodeFactory.createURI(BASE + "graph/document/A/79/2"));
            journal = store.journal().orElseThrow();
        }
        ChangeFeed feed = new ChangeFeed(journal, BASE);
        JsonObject collection = feed.collection();
        assertEquals("OrderedCollection", collection.get("type").getAsString());
        assertEquals(4, collection.get("totalItems").getAsLong(), "two creations, one update (the unchanged document is no change), one deletion");
        JsonArray items = feed.page(1).orElseThrow().getAsJsonArray("orderedItems");
        List<String> seen = new ArrayList<>();
        items.forEach(i -> seen.add(i.getAsJsonObject().get("type").getAsString() + " "
                + i.getAsJsonObject().get("object").getAsString().substring(BASE.length())));
        assertEquals(List.of("Delete graph/document/A/79/2", "Update graph/document/A/79/1", "Create graph/document/A/79/2",
                "Create graph/document/A/79/1"), seen);
        JsonObject newest = items.get(0).getAsJsonObject();
        String patchLink = newest.getAsJsonObject("url").get("href").getAsString();
        assertTrue(feed.patch(patchLink.substring((BASE + "changes/").length())).isPresent(), patchLink);
        assertTrue(newest.has("published"));
        assertFalse(feed.page(2).isPresent());
    }

    /** The feed of a store written in one batch. */
    private ChangeFeed feedOfOneBatch(List<MappedDocument> documents) {
        try (DocumentStore store = DocumentStore.open(FusekiConfiguration.load(null, new StoreLocation(db)))) {
            store.replace(documents);
            return new ChangeFeed(store.journal().orElseThrow(), BASE);
        }
    }

    @Test
    void pagesAreBounded() {
        ChangeFeed feed = feedOfOneBatch(SyntheticDocuments.letters(0, ChangeFeed.PAGE_SIZE + 5, "Letter"));
        JsonObject first = feed.page(1).orElseThrow();
        assertEquals(ChangeFeed.PAGE_SIZE, first.getAsJsonArray("orderedItems").size());
        assertEquals(BASE + "changes?page=2", first.get("next").getAsString());
        JsonObject second = feed.page(2).orElseThrow();
        assertEquals(5, second.getAsJsonArray("orderedItems").size());
        assertTrue(second.getAsJsonArray("orderedItems").get(4).getAsJsonObject().get("object").getAsString().endsWith("A/79/1000"));
    }

    @Test
    void aPersonReadsAPageOfTheFeedAsATableWithTheWayToOlderChanges() {
        ChangeFeed feed = feedOfOneBatch(SyntheticDocuments.letters(0, ChangeFeed.PAGE_SIZE + 5, "Letter"));
        String first = new ChangesPage(feed.page(1).orElseThrow(), 1).render();
        assertTrue(first.contains("<td>Added</td><td><a href=\"" + BASE + "id/document/A/79/1104\">A/79/1104</a></td><td>"), first);
        assertTrue(first.contains("Page 1: changes 1 to 100"), first);
        assertTrue(first.contains("<a href=\"" + BASE + "changes?page=2\">Older changes →</a>"), first);
        assertFalse(first.contains("Newer changes"), first);
        String second = new ChangesPage(feed.page(2).orElseThrow(), 2).render();
        assertTrue(second.contains("Newer changes") && !second.contains("Older changes"), second);
        assertTrue(second.contains(">A/79/1000</a>"), "the first change is on the last page");
        assertEquals("7 Dec 2026, 05:57:49", ChangesPage.when("2026-12-07T05:57:49.903189801Z"));
    }

    @Test
    void anEmptyFeedSaysSoToAPerson() {
        ChangeFeed feed = new ChangeFeed(new PatchJournal(db.resolve("patches")), BASE);
        assertTrue(new ChangesPage(feed.page(1).orElseThrow(), 1).render().contains("No change yet"));
    }
}
