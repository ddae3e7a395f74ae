package org.w3id.unld.replicate;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A replica's delay figures: nearest-rank percentiles over the patches it applied last. */
class ReplicationDelayTest {

    @Test
    void noPatchYetIsNoFigure() {
        assertEquals(ReplicationDelay.Summary.NONE, new ReplicationDelay().summary());
    }

    @Test
    void theMedianAndThe99thPercentileAreDelaysThatHappened() {
        ReplicationDelay delay = new ReplicationDelay();
        for (int ms = 100; ms >= 1; ms--) {
            delay.record(Duration.ofMillis(ms));
        }
        assertEquals(new ReplicationDelay.Summary(100, 50, 99, 100), delay.summary());
    }

    @Test
    void onlyTheLastWindowOfPatchesCounts() {
        ReplicationDelay delay = new ReplicationDelay();
        delay.record(Duration.ofSeconds(30));
        for (int i = 0; i < ReplicationDelay.WINDOW; i++) {
            delay.record(Duration.ofMillis(7));
        }
        assertEquals(new ReplicationDelay.Summary(ReplicationDelay.WINDOW, 7, 7, 7), delay.summary(),
                "the slow patch has left the window");
    }

    @Test
    void aClockAheadOfTheWritersIsNoNegativeDelay() {
        ReplicationDelay delay = new ReplicationDelay();
        delay.record(Duration.ofMillis(-5));
        assertEquals(new ReplicationDelay.Summary(1, 0, 0, 0), delay.summary());
    }
}
