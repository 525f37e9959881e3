package com.lyrox.platform;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Found values kept in memory for a short time; misses are not kept. A load that overlaps an
 * invalidation is not kept either, so a value read just before a change cannot outlive it here.
 * Callers asking for a key that is being loaded wait for that load instead of starting another.
 */
public final class ExpiringCache<K, V> {

    private record Entry<V>(V value, long expiresAt) {
    }

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<K, CompletableFuture<Optional<V>>> loads = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final long ttlNanos;

    public ExpiringCache(Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    public Optional<V> get(K key, Function<K, Optional<V>> loader) {
        Entry<V> entry = entries.get(key);
        if (entry != null && System.nanoTime() - entry.expiresAt() < 0) {
            return Optional.of(entry.value());
        }
        CompletableFuture<Optional<V>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<V>> running = loads.putIfAbsent(key, mine);
        if (running != null) {
            return awaitLoad(running);
        }
        try {
            long loadedIn = generation.get();
            Optional<V> loaded = loader.apply(key);
            if (loaded.isPresent() && generation.get() == loadedIn) {
                entries.put(key, new Entry<>(loaded.get(), System.nanoTime() + ttlNanos));
            } else if (entry != null) {
                entries.remove(key, entry);
            }
            mine.complete(loaded);
            return loaded;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            loads.remove(key, mine);
        }
    }

    private static <V> Optional<V> awaitLoad(CompletableFuture<Optional<V>> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    public void invalidate(K key) {
        generation.incrementAndGet();
        entries.remove(key);
    }

    public void invalidateIf(Predicate<V> stale) {
        generation.incrementAndGet();
        entries.values().removeIf(entry -> stale.test(entry.value()));
    }
}
