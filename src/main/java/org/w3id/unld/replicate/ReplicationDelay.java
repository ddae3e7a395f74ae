package org.w3id.unld.replicate;

import java.time.Duration;
import java.util.Arrays;

/**
 * How long the writer's changes take to reach a replica: for each patch applied while the replica is caught up, the
 * time from its publication (the Kafka record's timestamp, which the writer's producer sets as it sends the patch, right
 * after the patch's transaction commits) to the replica's commit of it. Not from the patch's {@code time} header: that is
 * when the writer's transaction began, and an ingest batch may stay open for minutes. Patches applied while catching up
 * are not counted: their delay is how long the replica was away, not how fast it follows. The last {@value #WINDOW}
 * delays are kept, so that the figures describe the replica's recent behaviour in bounded memory.
 *
 * <p>Both times are wall-clock times of different processes: on several machines the figure includes their clock
 * difference (keep them on NTP).
 */
public final class ReplicationDelay {
    static final int WINDOW = 10_000;

    /** The delays of the last {@code patches} patches: median, 99th percentile and largest, in milliseconds. */
    public record Summary(int patches, long p50Millis, long p99Millis, long maxMillis) {
        public static final Summary NONE = new Summary(0, 0, 0, 0);
    }

    private final long[] millis = new long[WINDOW];
    private long recorded;

    synchronized void record(Duration delay) {
        millis[(int) (recorded % WINDOW)] = Math.max(0, delay.toMillis());
        recorded++;
    }

    synchronized Summary summary() {
        int n = (int) Math.min(recorded, WINDOW);
        if (n == 0) {
            return Summary.NONE;
        }
        long[] sorted = Arrays.copyOf(millis, n);
        Arrays.sort(sorted);
        return new Summary(n, rank(sorted, 0.50), rank(sorted, 0.99), sorted[n - 1]);
    }

    /** The nearest-rank percentile: the smallest value that at least {@code p} of the values do not exceed. */
    private static long rank(long[] sorted, double p) {
        return sorted[(int) Math.ceil(p * sorted.length) - 1];
    }
}
