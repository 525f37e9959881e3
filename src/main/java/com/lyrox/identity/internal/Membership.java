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

/** A user's role in one company, and the pending invitation of a user who has not joined yet. */
@Entity
@Table(name = "memberships")
class Membership extends TenantOwnedEntity {

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "invite_token_hash")
    private String inviteTokenHash;

    @Column(name = "invite_expires_at")
    private Instant inviteExpiresAt;

    protected Membership() {
    }

    Membership(UUID userId, Role role) {
        this.userId = userId;
        this.role = role;
    }

    void invite(String tokenHash, Instant expiresAt) {
        this.inviteTokenHash = tokenHash;
        this.inviteExpiresAt = expiresAt;
    }

    boolean invitationValidAt(Instant now) {
        return inviteTokenHash != null && inviteExpiresAt != null && now.isBefore(inviteExpiresAt);
    }

    void invitationAccepted() {
        this.inviteTokenHash = null;
        this.inviteExpiresAt = null;
    }

    void changeRole(Role newRole) {
        this.role = newRole;
    }

    UUID userId() {
        return userId;
    }

    Role role() {
        return role;
    }
}
