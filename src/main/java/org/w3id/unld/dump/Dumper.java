package org.w3id.unld.dump;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a store's quads to dump files, streaming from one read transaction. Minimal for now: one
 * gzipped N-Quads file of every named graph.
 */
public final class Dumper {
    private final DatasetGraph dataset;

    public Dumper(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    public List<Path> write(Path folder) {
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve("unld.nq.gz");
            Path temp = folder.resolve(".unld.nq.gz.part");
            try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                Txn.executeRead(dataset, () -> {
                    StreamRDF out = StreamRDFWriter.getWriterStream(os, RDFFormat.NQUADS);
                    out.start();
                    for (Iterator<Quad> it = dataset.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); ) {
                        out.quad(it.next());
                    }
                    out.finish();
                });
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return List.of(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
