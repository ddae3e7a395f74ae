package org.w3id.unld.serve;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.w3id.unld.map.Iris;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What the dataset holds, for the start page: documents, and resources by type. Kept a minute, dropped on ingest. */
public final class Statistics {
    private static final long KEEP_MILLIS = 60_000;
    private static final String COUNTS = """
            SELECT ?type (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a ?type } } GROUP BY ?type ORDER BY DESC(?n) ?type
            """;

    private final DatasetGraph dataset;
    private final Duration timeout;
    private volatile Snapshot snapshot;

    public Statistics(DatasetGraph dataset, Duration timeout) {
        this.dataset = dataset;
        this.timeout = timeout;
    }

    public record TypeCount(Node type, long count) {
    }

    /** @param documentGraphs named graphs, one per published document */
    public record Snapshot(long documentGraphs, List<TypeCount> types, long takenAt) {
    }

    public Snapshot get() {
        Snapshot s = snapshot;
        if (s == null || System.currentTimeMillis() - s.takenAt() > KEEP_MILLIS) {
            s = take();
            snapshot = s;
        }
        return s;
    }

    public void invalidate() {
        snapshot = null;
    }

    /** The counts by type are left out (an empty list) when counting takes longer than the query timeout. */
    private Snapshot take() {
        return Txn.calculateRead(dataset, () -> {
            List<TypeCount> types = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(dataset).query(COUNTS).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                RowSet rows = exec.select();
                while (rows.hasNext()) {
                    Binding b = rows.next();
                    Node type = b.get(Var.alloc("type"));
                    if (type != null && type.isURI()) {
                        types.add(new TypeCount(type, ((Number) b.get(Var.alloc("n")).getLiteralValue()).longValue()));
                    }
                }
            } catch (QueryCancelledException e) {
                types.clear();
            }
            long graphs = 0;
            for (var it = dataset.listGraphNodes(); it.hasNext(); ) {
                if (Iris.isDocumentGraph(it.next())) { // not the linkset graphs
                    graphs++;
                }
            }
            return new Snapshot(graphs, List.copyOf(types), System.currentTimeMillis());
        });
    }
}
