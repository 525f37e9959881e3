package com.lyrox.identity.internal;

import com.lyrox.platform.Role;
import com.lyrox.platform.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A developer's key that acts for the company with a fixed role; only its hash is kept. */
@Entity
@Table(name = "api_keys")
class ApiKey extends TenantOwnedEntity {

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "key_hash", nullable = false, updatable = false)
    private String keyHash;

    @Column(name = "last_four", nullable = false, updatable = false)
    private String lastFour;

    @Column(name = "created_by", updatable = false)
    private UUID createdBy;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiKey() {
    }

    ApiKey(String name, Role role, String keyHash, String lastFour, UUID createdBy) {
        this.name = name;
        this.role = role;
        this.keyHash = keyHash;
        this.lastFour = lastFour;
        this.createdBy = createdBy;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    void used(Instant now) {
        lastUsedAt = now;
    }

    boolean active() {
        return revokedAt == null;
    }

    String name() {
        return name;
    }

    Role role() {
        return role;
    }

    String lastFour() {
        return lastFour;
    }

    Instant lastUsedAt() {
        return lastUsedAt;
    }

    Instant revokedAt() {
        return revokedAt;
    }
}
