package org.w3id.unld.dump;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.w3id.unld.store.DocumentStore;
import org.w3id.unld.store.PatchJournal;
import org.w3id.unld.store.StoreUnavailableException;
import org.w3id.unld.vocab.Prov;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Builds a store from a dump set (a folder with {@code SHA256SUMS}, {@code void.ttl} and the dated files): the
 * N-Quads file holds every named graph, and the VoID description names the last patch the dump includes
 * ({@code prov:wasDerivedFrom {base}changes/ID}), which becomes the store's mark, so that {@code serve --follow}
 * goes on with the patch after it.
 */
public final class DumpLoader {
    private DumpLoader() {
    }

    /** What a load did. */
    public record Loaded(long quads, Optional<Node> lastPatch) {
    }

    public static Loaded load(Path folder, DocumentStore store) {
        Path sums = folder.resolve(DumpSet.CHECKSUMS);
        Path description = folder.resolve(DumpSet.DESCRIPTION);
        if (!Files.isRegularFile(sums) || !Files.isRegularFile(description)) {
            throw new StoreUnavailableException(folder + " is no dump set: it lacks " + DumpSet.CHECKSUMS + " or " + DumpSet.DESCRIPTION);
        }
        Path quads = quadsFile(folder, sums);
        Optional<Node> patch = lastPatch(RDFDataMgr.loadGraph(description.toUri().toString()));
        try (InputStream in = new GZIPInputStream(Files.newInputStream(quads), 1 << 16)) {
            return new Loaded(store.load(in, patch), patch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sorted N-Quads file that SHA256SUMS lists. */
    private static Path quadsFile(Path folder, Path sums) {
        try {
            List<String> names = Files.readAllLines(sums).stream().map(l -> l.substring(l.indexOf("  ") + 2))
                    .filter(n -> n.endsWith(".nq.gz")).toList();
            if (names.size() != 1) {
                throw new StoreUnavailableException(sums + " lists " + names.size() + " N-Quads files; a dump set has one");
            }
            return folder.resolve(names.get(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Node> lastPatch(Graph description) {
        String marker = "/" + PatchJournal.FEED + "/";
        return description.find(Node.ANY, Prov.wasDerivedFrom, Node.ANY).toList().stream()
                .map(t -> t.getObject())
                .filter(o -> o.isURI() && o.getURI().contains(marker))
                .map(o -> PatchJournal.idOf(o.getURI().substring(o.getURI().lastIndexOf(marker) + marker.length())))
                .findFirst();
    }
}
