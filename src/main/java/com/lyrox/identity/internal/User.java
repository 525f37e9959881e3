package com.lyrox.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A person who signs in to the dashboard; may belong to several companies. */
@Entity
@Table(name = "users")
class User {

    enum Status { ACTIVE, INVITED, SUSPENDED, DELETED }

    @Id
    private UUID id;

    @Column(nullable = false)
    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    private String name;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status;

    @Column(name = "last_company_id")
    private UUID lastCompanyId;

    @Column(name = "last_login")
    private Instant lastLogin;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected User() {
    }

    private User(UUID id, String email, String passwordHash, String name, Status status) {
        this.id = id;
        this.email = email.trim().toLowerCase(java.util.Locale.ROOT);
        this.passwordHash = passwordHash;
        this.name = name;
        this.status = status;
    }

    static User active(UUID id, String email, String passwordHash, String name) {
        return new User(id, email, passwordHash, name, Status.ACTIVE);
    }

    static User invited(String email, String name) {
        return new User(UUID.randomUUID(), email, null, name, Status.INVITED);
    }

    void acceptInvitation(String newName, String newPasswordHash) {
        this.name = newName;
        this.passwordHash = newPasswordHash;
        this.status = Status.ACTIVE;
    }

    void signedIn(UUID companyId, Instant at) {
        this.lastCompanyId = companyId;
        this.lastLogin = at;
    }

    boolean canSignIn() {
        return status == Status.ACTIVE && passwordHash != null;
    }

    UUID id() {
        return id;
    }

    String email() {
        return email;
    }

    String name() {
        return name;
    }

    String passwordHash() {
        return passwordHash;
    }

    Status status() {
        return status;
    }

    UUID lastCompanyId() {
        return lastCompanyId;
    }
}
