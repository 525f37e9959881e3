package com.lyrox.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Values are kept for their time; a burst of callers missing the same key loads it once. */
class ExpiringCacheTests {

    @Test
    void callersMissingTheSameKeyAtOnceShareOneLoad() throws Exception {
        ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofMinutes(1));
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        List<CompletableFuture<Optional<String>>> callers = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(20);
        for (int i = 0; i < 20; i++) {
            callers.add(CompletableFuture.supplyAsync(() -> cache.get("company", key -> {
                loads.incrementAndGet();
                await(release);
                return Optional.of("profile");
            }), threads));
        }
        Thread.sleep(200);
        release.countDown();
        for (CompletableFuture<Optional<String>> caller : callers) {
            assertThat(caller.get(5, TimeUnit.SECONDS)).contains("profile");
        }
        threads.shutdown();
        assertThat(loads).hasValue(1);
        assertThat(cache.get("company", key -> Optional.of("reloaded"))).contains("profile");
    }

    @Test
    void missesAreNotKeptAndInvalidationDropsTheValue() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofMinutes(1));
        assertThat(cache.get("a", key -> Optional.empty())).isEmpty();
        assertThat(cache.get("a", key -> Optional.of("one"))).contains("one");
        cache.invalidateIf(value -> value.equals("one"));
        assertThat(cache.get("a", key -> Optional.of("two"))).contains("two");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
