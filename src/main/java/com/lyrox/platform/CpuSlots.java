package com.lyrox.platform;

import java.util.concurrent.Semaphore;

/**
 * Bounds how many background jobs do CPU-heavy work at once, so that requests (the webhook's
 * 200, the dashboard) always find a core. A job {@linkplain #run runs} holding a slot and gives it
 * back for as long as it {@linkplain #stepAway waits} on something outside (a model, the Graph
 * API, a debounce pause): thousands of jobs can be waiting at once, but only as many as there are
 * slots use the CPU and the stores together. Slots are held per thread; a job that runs inside
 * another's slot takes none of its own.
 */
public final class CpuSlots {

    private static final ThreadLocal<CpuSlots> HELD = new ThreadLocal<>();

    private final Semaphore slots;
    private final int size;

    public CpuSlots(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("at least one slot is needed, not " + size);
        }
        this.slots = new Semaphore(size, true);
        this.size = size;
    }

    public int size() {
        return size;
    }

    /** Runs {@code work} holding a slot, waiting for one first. */
    public void run(Runnable work) {
        if (HELD.get() != null) {
            work.run();
            return;
        }
        acquire();
        HELD.set(this);
        try {
            work.run();
        } finally {
            HELD.remove();
            slots.release();
        }
    }

    /**
     * Gives the calling thread's slot back (if it holds one) until the returned scope is closed,
     * which waits for a slot again: {@code try (var away = CpuSlots.stepAway()) { call the model }}.
     */
    public static Away stepAway() {
        CpuSlots held = HELD.get();
        if (held == null) {
            return () -> { };
        }
        HELD.remove();
        held.slots.release();
        return () -> {
            held.acquire();
            HELD.set(held);
        };
    }

    /** A wait outside the slots; closing it takes a slot again. */
    public interface Away extends AutoCloseable {
        @Override
        void close();
    }

    private void acquire() {
        slots.acquireUninterruptibly();
    }
}
