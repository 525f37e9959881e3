package com.lyrox.tenants.internal;

import com.lyrox.tenants.CompanyProfile;
import com.lyrox.tenants.CompanyUpdate;
import com.lyrox.tenants.Plan;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A business using Lyrox: the tenant every other row belongs to. */
@Entity
@Table(name = "companies")
class Company {

    @Id
    private UUID id;

    @Column(name = "owner_id", nullable = false)
    private UUID ownerId;

    private String name;
    private String industry;
    private String website;

    @Column(name = "brand_personality", nullable = false)
    private String brandPersonality = "";

    @Column(name = "ai_instructions", nullable = false)
    private String aiInstructions = "";

    private String language = "es";
    private String timezone = "UTC";
    private boolean active = true;

    @Column(name = "ai_model")
    private String aiModel;

    @Column(name = "ai_temperature", precision = 3, scale = 2)
    private BigDecimal aiTemperature;

    @Enumerated(EnumType.STRING)
    @Column(name = "subscription_plan", nullable = false)
    private Plan plan = Plan.FREE;

    @Column(name = "trial_ends_at")
    private Instant trialEndsAt;

    @Column(name = "suspended_at")
    private Instant suspendedAt;

    @Column(name = "suspension_reason")
    private String suspensionReason;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Company() {
    }

    Company(UUID id, String name, UUID ownerId, Instant trialEndsAt) {
        this.id = id;
        this.name = name;
        this.ownerId = ownerId;
        this.trialEndsAt = trialEndsAt;
    }

    /** A plan given by billing replaces the trial. */
    void changePlan(Plan newPlan) {
        this.plan = newPlan;
        this.trialEndsAt = null;
    }

    void suspend(String reason, Instant now) {
        this.suspendedAt = now;
        this.suspensionReason = reason;
    }

    void reactivate() {
        this.suspendedAt = null;
        this.suspensionReason = null;
    }

    void extendTrial(java.time.Duration by, Instant now) {
        Instant from = trialEndsAt != null && trialEndsAt.isAfter(now) ? trialEndsAt : now;
        this.trialEndsAt = from.plus(by);
    }

    void update(CompanyUpdate update) {
        this.name = update.name().trim();
        this.industry = update.industry();
        this.website = update.website();
        this.brandPersonality = update.brandPersonality() == null ? "" : update.brandPersonality();
        this.aiInstructions = update.aiInstructions() == null ? "" : update.aiInstructions();
        this.language = update.language();
        this.timezone = update.timezone();
        this.aiModel = update.aiModel() == null || update.aiModel().isBlank() ? null : update.aiModel().trim();
        this.aiTemperature = update.aiTemperature();
    }

    Plan plan() {
        return plan;
    }

    CompanyProfile toProfile() {
        return new CompanyProfile(id, name, industry, website, brandPersonality, aiInstructions,
                language, timezone, plan, trialEndsAt, suspendedAt, suspensionReason, createdAt, aiModel, aiTemperature);
    }
}
