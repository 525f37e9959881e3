package com.lyrox.tenants.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Found values kept in memory for a short time; misses are not kept. A load that overlaps an
 * invalidation is not kept either, so a value read just before a change cannot outlive it here.
 */
final class ExpiringCache<K, V> {

    private record Entry<V>(V value, long expiresAt) {
    }

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final long ttlNanos;

    ExpiringCache(Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    Optional<V> get(K key, Function<K, Optional<V>> loader) {
        Entry<V> entry = entries.get(key);
        if (entry != null && System.nanoTime() - entry.expiresAt() < 0) {
            return Optional.of(entry.value());
        }
        long loadedIn = generation.get();
        Optional<V> loaded = loader.apply(key);
        if (loaded.isPresent() && generation.get() == loadedIn) {
            entries.put(key, new Entry<>(loaded.get(), System.nanoTime() + ttlNanos));
        } else if (entry != null) {
            entries.remove(key, entry);
        }
        return loaded;
    }

    void invalidateIf(Predicate<V> stale) {
        generation.incrementAndGet();
        entries.values().removeIf(entry -> stale.test(entry.value()));
    }
}
