package com.lyrox.platform;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Bounds how many background jobs do CPU-heavy work at once, so that requests (the webhook's
 * 200, the dashboard) always find a core. A job {@linkplain #run runs} holding a slot and gives it
 * back for as long as it {@linkplain #stepAway waits} on something outside (a model, the Graph
 * API, a debounce pause): thousands of jobs can be waiting at once, but only as many as there are
 * slots use the CPU and the stores together. Slots are held per thread; a job that runs inside
 * another's slot takes none of its own.
 * <p>
 * A job coming back from a wait goes before jobs that have not started: work under way finishes
 * first (a reply sent is recorded at once), instead of queueing behind every new message of a
 * burst. Among themselves, each kind is served first come, first served.
 */
public final class CpuSlots {

    private static final ThreadLocal<CpuSlots> HELD = new ThreadLocal<>();

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition forResuming = lock.newCondition();
    private final Condition forStarting = lock.newCondition();
    private int free;
    private int resumingWaiting;

    public CpuSlots(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("at least one slot is needed, not " + size);
        }
        this.free = size;
    }

    /** Runs {@code work} holding a slot, waiting for one first. */
    public void run(Runnable work) {
        if (HELD.get() != null) {
            work.run();
            return;
        }
        acquire(false);
        HELD.set(this);
        try {
            work.run();
        } finally {
            HELD.remove();
            release();
        }
    }

    /**
     * Gives the calling thread's slot back (if it holds one) until the returned scope is closed,
     * which waits for a slot again, ahead of jobs that have not started:
     * {@code try (var away = CpuSlots.stepAway()) { call the model }}.
     */
    public static Away stepAway() {
        CpuSlots held = HELD.get();
        if (held == null) {
            return () -> { };
        }
        HELD.remove();
        held.release();
        return () -> {
            held.acquire(true);
            HELD.set(held);
        };
    }

    /** A wait outside the slots; closing it takes a slot again. */
    public interface Away extends AutoCloseable {
        @Override
        void close();
    }

    private void acquire(boolean resuming) {
        lock.lock();
        try {
            if (resuming) {
                resumingWaiting++;
                try {
                    while (free == 0) {
                        forResuming.awaitUninterruptibly();
                    }
                } finally {
                    resumingWaiting--;
                }
            } else {
                while (free == 0 || resumingWaiting > 0) {
                    forStarting.awaitUninterruptibly();
                }
            }
            free--;
            if (free > 0) {
                // Several slots came free at once: the next waiter must hear of the one left.
                signalNext();
            }
        } finally {
            lock.unlock();
        }
    }

    private void release() {
        lock.lock();
        try {
            free++;
            signalNext();
        } finally {
            lock.unlock();
        }
    }

    private void signalNext() {
        if (resumingWaiting > 0) {
            forResuming.signal();
        } else {
            forStarting.signal();
        }
    }
}
