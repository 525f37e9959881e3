package com.lyrox.identity.internal;

import com.lyrox.identity.internal.ApiKeyViews.Created;
import com.lyrox.identity.internal.ApiKeyViews.Key;
import com.lyrox.platform.ApiKeyAuthenticator;
import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.AuthenticatedCaller;
import com.lyrox.platform.PageResponse;
import com.lyrox.platform.Role;
import com.lyrox.platform.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** API keys: created with the secret shown once, listed, revoked, and checked on each request. */
@Service
class ApiKeyService implements ApiKeyAuthenticator {

    private static final String PREFIX = "lyx_";
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final ApiKeyRepository keys;
    private final TransactionTemplate tx;
    private final Clock clock;

    ApiKeyService(ApiKeyRepository keys, TransactionTemplate tx, Clock clock) {
        this.keys = keys;
        this.tx = tx;
        this.clock = clock;
    }

    @Transactional
    Created create(ApiKeyViews.Create request, UUID createdBy) {
        Role role = request.role() == null ? Role.AGENT : request.role();
        if (role == Role.OWNER) {
            throw ApiProblem.invalid("role", "must be ADMIN, AGENT or VIEWER");
        }
        String secret = Secrets.scoped(PREFIX, TenantContext.requireCompanyId());
        ApiKey key = keys.saveAndFlush(new ApiKey(request.name().trim(), role, Secrets.hash(secret),
                secret.substring(secret.length() - 4), createdBy));
        return new Created(view(key), secret);
    }

    @Transactional(readOnly = true)
    PageResponse<Key> list(Pageable pageable) {
        return PageResponse.of(keys.findAllBy(pageable), ApiKeyService::view);
    }

    @Transactional
    Key revoke(UUID id) {
        ApiKey key = keys.findById(id).orElseThrow(() -> ApiProblem.notFound("API key"));
        key.revoke(clock.instant());
        return view(key);
    }

    @Override
    public Optional<AuthenticatedCaller> authenticate(String rawKey) {
        return Secrets.parseScoped(PREFIX, rawKey).flatMap(secret ->
                TenantContext.callAs(secret.companyId(), null, () -> tx.execute(status ->
                        keys.findByKeyHash(Secrets.hash(secret.text())).filter(ApiKey::active).map(key -> {
                            Instant now = clock.instant();
                            if (key.lastUsedAt() == null || key.lastUsedAt().isBefore(now.minus(LAST_USED_PRECISION))) {
                                key.used(now);
                            }
                            return new AuthenticatedCaller(null, secret.companyId(), key.role(), key.getId());
                        }))));
    }

    private static Key view(ApiKey key) {
        return new Key(key.getId(), key.name(), key.role(), key.lastFour(), key.getCreatedAt(), key.lastUsedAt(),
                key.revokedAt());
    }
}
