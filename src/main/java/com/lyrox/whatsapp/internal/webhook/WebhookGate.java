package com.lyrox.whatsapp.internal.webhook;

import java.util.concurrent.Semaphore;

/**
 * Lets at most {@code lyrox.whatsapp.webhook-concurrency} webhook bodies be checked and queued at
 * once; the others wait their turn, first come, first served, without using the CPU. In a burst
 * Meta sends dozens of requests at a time: unbounded, each took its share of every core, and a
 * dashboard request waited behind all of them. A body is read before it waits, so a client that
 * sends slowly holds no place.
 */
final class WebhookGate {

    private final Semaphore places;

    WebhookGate(int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("at least one webhook at a time, not " + concurrency);
        }
        this.places = new Semaphore(concurrency, true);
    }

    void pass(Runnable work) {
        places.acquireUninterruptibly();
        try {
            work.run();
        } finally {
            places.release();
        }
    }

    int free() {
        return places.availablePermits();
    }
}
