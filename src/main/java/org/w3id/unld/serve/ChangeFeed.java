package org.w3id.unld.serve;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.apache.jena.rdfpatch.PatchHeader;
import org.apache.jena.rdfpatch.system.Id;
import org.w3id.unld.store.GraphChange;
import org.w3id.unld.store.PatchJournal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The store's journal as an Activity Streams 2.0 change feed: an {@code OrderedCollection} of one {@code Create},
 * {@code Update} or {@code Delete} per document graph a patch changed, paged newest first, {@value #PAGE_SIZE} a page;
 * each activity has its patch's time and a link to the patch ({@code /changes/PATCH-ID}). Writer and replicas keep the
 * same journal, so they serve the same feed. What the feed knows of each patch (id, time, how many activities) is read
 * once and kept; a page reads the summaries of the patches it shows.
 */
final class ChangeFeed {
    static final int PAGE_SIZE = 100;
    static final String ACTIVITY_STREAMS = "https://www.w3.org/ns/activitystreams";
    static final String MEDIA_TYPE = "application/ld+json; profile=\"" + ACTIVITY_STREAMS + "\"";
    static final String PATH = PatchJournal.FEED;

    private record Patch(PatchJournal.Entry entry, String id, String time, int activities) {
    }

    private final PatchJournal journal;
    private final String base;
    private final List<Patch> known = new ArrayList<>();

    ChangeFeed(PatchJournal journal, String base) {
        this.journal = journal;
        this.base = base;
    }

    /** The patches of the journal, oldest first, the ones not met before read now. */
    private synchronized List<Patch> patches() {
        List<PatchJournal.Entry> entries = journal.entries();
        if (entries.size() < known.size()
                || (!known.isEmpty() && !entries.get(known.size() - 1).equals(known.get(known.size() - 1).entry()))) {
            // A patch whose transaction never committed was dropped: read again.
            known.clear();
        }
        for (PatchJournal.Entry e : entries.subList(known.size(), entries.size())) {
            PatchHeader h = journal.header(e);
            var time = h.get(PatchJournal.TIME);
            known.add(new Patch(e, PatchJournal.idText(h.getId()), time == null ? null : time.getLiteralLexicalForm(), journal.changes(e).size()));
        }
        return List.copyOf(known);
    }

    /** The patch file of {@code id}, if the journal holds it. */
    Optional<PatchJournal.Entry> patch(String id) {
        return patches().stream().filter(p -> p.id().equals(id)).map(Patch::entry).findFirst();
    }

    JsonObject collection() {
        long total = patches().stream().mapToLong(Patch::activities).sum();
        JsonObject o = new JsonObject();
        o.addProperty("@context", ACTIVITY_STREAMS);
        o.addProperty("id", base + PATH);
        o.addProperty("type", "OrderedCollection");
        o.addProperty("summary", "The changes of the store's document graphs, newest first");
        o.addProperty("totalItems", total);
        o.addProperty("first", pageId(1));
        o.addProperty("last", pageId(lastPage(total)));
        return o;
    }

    /** Page {@code n} (from 1, newest first); empty past the last. */
    Optional<JsonObject> page(int n) {
        List<Patch> all = patches();
        long total = all.stream().mapToLong(Patch::activities).sum();
        if (n < 1 || n > lastPage(total)) {
            return Optional.empty();
        }
        long skip = (long) (n - 1) * PAGE_SIZE;
        JsonArray items = new JsonArray();
        for (int i = all.size() - 1; i >= 0 && items.size() < PAGE_SIZE; i--) {
            Patch p = all.get(i);
            if (skip >= p.activities()) {
                skip -= p.activities();
                continue;
            }
            List<GraphChange> changes = journal.changes(p.entry());
            for (int j = changes.size() - 1 - (int) skip; j >= 0 && items.size() < PAGE_SIZE; j--) {
                items.add(activity(p, j, changes.get(j)));
            }
            skip = 0;
        }
        JsonObject o = new JsonObject();
        o.addProperty("@context", ACTIVITY_STREAMS);
        o.addProperty("id", pageId(n));
        o.addProperty("type", "OrderedCollectionPage");
        o.addProperty("partOf", base + PATH);
        o.addProperty("startIndex", (long) (n - 1) * PAGE_SIZE);
        if (n > 1) {
            o.addProperty("prev", pageId(n - 1));
        }
        if (n < lastPage(total)) {
            o.addProperty("next", pageId(n + 1));
        }
        o.add("orderedItems", items);
        return Optional.of(o);
    }

    private JsonObject activity(Patch p, int index, GraphChange change) {
        JsonObject a = new JsonObject();
        a.addProperty("id", base + PATH + "/" + p.id() + "#" + index);
        a.addProperty("type", switch (change.kind()) {
            case CREATE -> "Create";
            case UPDATE -> "Update";
            case DELETE -> "Delete";
        });
        a.addProperty("object", change.graph().getURI());
        if (p.time() != null) {
            a.addProperty("published", p.time());
        }
        JsonObject link = new JsonObject();
        link.addProperty("type", "Link");
        link.addProperty("href", base + PATH + "/" + p.id());
        link.addProperty("mediaType", ChangesServlet.RDF_PATCH);
        a.add("url", link);
        return a;
    }

    private String pageId(int n) {
        return String.format(Locale.ROOT, "%s%s?page=%d", base, PATH, n);
    }

    private static int lastPage(long total) {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }
}
