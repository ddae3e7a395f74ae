package org.w3id.unld.serve.guard;

import org.apache.jena.sparql.exec.QueryExec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stops the running queries when the heap is nearly full, before the process runs out of memory. A query can
 * hold any amount of intermediate results (a sort or a DISTINCT over a cartesian product) and no per-function limit
 * sees all of them; the collector does. When a collection leaves the old generation above {@code fraction} of its
 * maximum, every running query is aborted: each ends at its next row with "stopped: the server was short of
 * memory", the memory it held is freed, and the server goes on answering. Queries register here while they run.
 */
public final class MemoryGuard implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MemoryGuard.class);
    /** The share of the old generation that, still used after a collection, stops the running queries. */
    public static final double DEFAULT_FRACTION = 0.7;

    private final Set<QueryExec> running = ConcurrentHashMap.newKeySet();
    private final Map<QueryExec, Boolean> stopped = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
    private final NotificationListener listener;
    private final NotificationEmitter emitter;

    private MemoryGuard(double fraction) {
        this.listener = (notification, handback) -> {
            if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(notification.getType())) {
                stopAll();
            }
        };
        this.emitter = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            long max = pool.getUsage().getMax();
            if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported() && max > 0 && isOld(pool)) {
                pool.setCollectionUsageThreshold((long) (max * fraction));
            }
        }
        emitter.addNotificationListener(listener, null, null);
    }

    public static MemoryGuard start(double fraction) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("the memory guard's fraction must be between 0 and 1");
        }
        return new MemoryGuard(fraction);
    }

    /** The pool that holds what survives collections: the one a threshold after collection is meaningful for. */
    private static boolean isOld(MemoryPoolMXBean pool) {
        String name = pool.getName();
        return name.contains("Old") || name.contains("Tenured");
    }

    public void register(QueryExec query) {
        running.add(query);
    }

    public void unregister(QueryExec query) {
        running.remove(query);
    }

    /** Whether this guard stopped {@code query} (so its cancellation is not a timeout). */
    public boolean stopped(QueryExec query) {
        return stopped.containsKey(query);
    }

    /** Aborts every running query; called when memory runs short. */
    public void stopAll() {
        int n = 0;
        for (QueryExec q : running) {
            stopped.put(q, Boolean.TRUE);
            q.abort();
            n++;
        }
        if (n > 0) {
            LOG.warn("The heap is nearly full: {} running queries stopped", n);
        }
    }

    @Override
    public void close() {
        try {
            emitter.removeNotificationListener(listener);
        } catch (javax.management.ListenerNotFoundException e) {
            // Already gone.
        }
    }
}
