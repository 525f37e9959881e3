package com.lyrox.analytics.internal;

import java.util.TreeMap;

/**
 * Durations counted in the buckets of {@code conversation_timing_days}: bucket b holds
 * exp(b/10)−1 to exp((b+1)/10)−1 seconds, about 10% wide. A percentile is read as the middle of
 * its bucket (on the log scale), so it is within about 5% of the exact one.
 */
final class WaitHistogram {

    static final double BUCKETS_PER_E = 10;

    private final TreeMap<Integer, Long> counts = new TreeMap<>();
    private long total;

    void add(int bucket, long count) {
        counts.merge(bucket, count, Long::sum);
        total += count;
    }

    long count() {
        return total;
    }

    /** The duration in seconds that a share {@code p} (0–1) of the counted ones take at most; null when none was counted. */
    Double percentile(double p) {
        if (total == 0) {
            return null;
        }
        long rank = Math.max(1, (long) Math.ceil(p * total));
        long seen = 0;
        for (var bucket : counts.entrySet()) {
            seen += bucket.getValue();
            if (seen >= rank) {
                return middle(bucket.getKey());
            }
        }
        return middle(counts.lastKey());
    }

    /** The bucket a duration falls in, as the store counts it. */
    static int bucketOf(double seconds) {
        return (int) Math.floor(Math.log1p(seconds) * BUCKETS_PER_E);
    }

    static double middle(int bucket) {
        return Math.expm1((bucket + 0.5) / BUCKETS_PER_E);
    }
}
