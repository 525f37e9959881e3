package com.lyrox.platform;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The company (and user) the current thread works for. Web requests get it from the
 * authenticated principal; background work sets it explicitly with {@link #callAs}.
 * Hibernate's {@code @TenantId} filter and PostgreSQL row-level security both read it.
 */
public final class TenantContext {

    /** Who the current unit of work acts for; {@code userId} is empty for API keys. */
    public record Tenant(UUID companyId, UUID userId) {
    }

    private static final ThreadLocal<Tenant> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<Tenant> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static Optional<UUID> companyId() {
        return current().map(Tenant::companyId);
    }

    /** The current company, or an error when code that needs one runs outside any tenant. */
    public static UUID requireCompanyId() {
        return companyId().orElseThrow(() -> new IllegalStateException("No tenant bound to this thread"));
    }

    public static <T> T callAs(UUID companyId, UUID userId, Supplier<T> work) {
        try (Scope ignored = open(companyId, userId)) {
            return work.get();
        }
    }

    public static void runAs(UUID companyId, UUID userId, Runnable work) {
        callAs(companyId, userId, () -> {
            work.run();
            return null;
        });
    }

    /** Binds a tenant until the returned scope closes; the previous binding comes back then. */
    public static Scope open(UUID companyId, UUID userId) {
        Tenant previous = CURRENT.get();
        CURRENT.set(new Tenant(companyId, userId));
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** A tenant binding that ends when closed. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
