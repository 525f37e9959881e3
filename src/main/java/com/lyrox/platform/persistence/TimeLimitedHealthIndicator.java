package com.lyrox.platform.persistence;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * A health indicator that answers DOWN when the one it wraps has not answered in time. Boot runs
 * indicators one after another with no limit, so a store that hangs would hang the whole
 * endpoint, and the probes that call it, with it.
 */
final class TimeLimitedHealthIndicator implements HealthIndicator {

    private static final SimpleAsyncTaskExecutor CHECKS = checks();

    private final HealthIndicator delegate;
    private final Duration timeout;

    TimeLimitedHealthIndicator(HealthIndicator delegate, Duration timeout) {
        this.delegate = delegate;
        this.timeout = timeout;
    }

    @Override
    public Health health(boolean includeDetails) {
        CompletableFuture<Health> check = CHECKS.submitCompletable(() -> delegate.health(includeDetails));
        try {
            return check.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // The check goes on until the store's own timeouts end it; nobody waits for it.
            return Health.down().withDetail("error", "No answer within " + timeout).build();
        } catch (ExecutionException e) {
            return Health.down(e.getCause()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().build();
        }
    }

    @Override
    public Health health() {
        return health(true);
    }

    private static SimpleAsyncTaskExecutor checks() {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("health-");
        executor.setVirtualThreads(Runtime.version().feature() >= 21);
        executor.setDaemon(true);
        return executor;
    }
}
