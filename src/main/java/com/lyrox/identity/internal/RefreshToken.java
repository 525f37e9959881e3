package com.lyrox.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;

/**
 * One refresh token of a sign-in's family. Each is good for one refresh; presenting a used
 * one means it was stolen or replayed, and the whole family is revoked.
 */
@Entity
@Table(name = "refresh_tokens")
class RefreshToken {

    @Id
    private UUID id;

    @Column(name = "family_id", nullable = false, updatable = false)
    private UUID familyId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Column(name = "company_id", nullable = false, updatable = false)
    private UUID companyId;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected RefreshToken() {
    }

    RefreshToken(UUID familyId, UUID userId, UUID companyId, String tokenHash, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.familyId = familyId;
        this.userId = userId;
        this.companyId = companyId;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }

    /** Fresh, unused and unrevoked. */
    boolean usableAt(Instant now) {
        return usedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    boolean alreadyUsedOrRevoked() {
        return usedAt != null || revokedAt != null;
    }

    void markUsed(Instant now) {
        this.usedAt = now;
    }

    UUID familyId() {
        return familyId;
    }

    UUID userId() {
        return userId;
    }

    UUID companyId() {
        return companyId;
    }
}
