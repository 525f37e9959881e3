package com.lyrox.platform;

import java.time.Duration;
import org.slf4j.Logger;

/**
 * For a loop that works against a store: how long to wait after each failure (doubling up to a
 * limit), and one log line when an outage starts and one when it ends, however long it lasts,
 * instead of a stack trace per attempt. Failures that are not outages are logged every time.
 */
public final class OutageBackoff {

    private final Logger log;
    private final String work;
    private final Duration first;
    private final Duration max;
    private Duration next;
    private long failingSince;
    private StoreOutage outage;

    /** @param work what the loop does, as the log should say it ("Reading the inbound stream") */
    public OutageBackoff(Logger log, String work, Duration first, Duration max) {
        this.log = log;
        this.work = work;
        this.first = first;
        this.max = max;
        this.next = first;
    }

    /** Notes a failed attempt; answers how long to wait before the next. */
    public synchronized Duration failed(RuntimeException failure) {
        StoreOutage found = StoreOutage.of(failure).orElse(null);
        if (found == null) {
            log.warn("{} failed; retrying", work, failure);
        } else if (outage == null) {
            outage = found;
            failingSince = System.nanoTime();
            log.warn("{} stopped: {} is unavailable ({}); trying again until it is back", work, found.store(),
                    rootCause(failure).getMessage());
        }
        Duration wait = next;
        next = next.multipliedBy(2).compareTo(max) > 0 ? max : next.multipliedBy(2);
        return wait;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** Notes a successful attempt, ending the outage if there was one. */
    public synchronized void succeeded() {
        if (outage != null) {
            log.info("{} resumed: {} is back after {} s", work, outage.store(),
                    Duration.ofNanos(System.nanoTime() - failingSince).toSeconds());
            outage = null;
        }
        next = first;
    }
}
