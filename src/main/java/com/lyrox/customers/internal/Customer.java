package com.lyrox.customers.internal;

import com.lyrox.customers.Stage;
import com.lyrox.platform.Money;
import com.lyrox.platform.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A person who writes to the company: a lead until they buy. Every rule about a customer's stage,
 * tags and opt-out is here; the message path's changes lock the row and go through these methods.
 */
@Entity
@Table(name = "customers")
class Customer extends TenantOwnedEntity {

    @Column(nullable = false)
    private String phone;

    private String name;
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stage stage = Stage.LEAD;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(100)[]", nullable = false)
    private List<String> tags = new ArrayList<>();

    @Column(name = "first_contact", nullable = false)
    private Instant firstContact;

    @Column(name = "last_interaction")
    private Instant lastInteraction;

    @Column(name = "total_interactions", nullable = false)
    private int totalInteractions;

    @Column(name = "lifetime_value", nullable = false, precision = 12, scale = 2)
    private BigDecimal lifetimeValue = Money.ZERO;

    @Column(name = "opted_out", nullable = false)
    private boolean optedOut;

    @Column(name = "opted_out_at")
    private Instant optedOutAt;

    /** Written by lead scoring ({@link CustomerScoreStore}), never through the entity. */
    @Column(insertable = false, updatable = false)
    private Integer score;

    @Column(name = "scored_at", insertable = false, updatable = false)
    private Instant scoredAt;

    @Column(name = "score_factors", insertable = false, updatable = false)
    @JdbcTypeCode(SqlTypes.JSON)
    private String scoreFactors;

    protected Customer() {
    }

    Customer(CustomerViews.Write write, Instant now) {
        this.firstContact = now;
        apply(write);
    }

    void apply(CustomerViews.Write write) {
        this.phone = write.phone();
        this.name = write.name();
        this.email = write.email();
        if (write.stage() != null) {
            this.stage = write.stage();
        }
        this.tags = Tags.normalized(write.tags());
    }

    /** The team's choice: any stage, back included (a churned customer who returns is a lead again). */
    void moveTo(Stage newStage) {
        this.stage = newStage;
    }

    /** Forward along the pipeline only (a CUSTOMER stays one); answers whether the stage changed. */
    boolean advanceTo(Stage newStage) {
        if (!newStage.isAfter(stage)) {
            return false;
        }
        this.stage = newStage;
        return true;
    }

    /** Adds tags to those the customer has; answers whether any was new. */
    boolean addTags(List<String> more) {
        List<String> merged = Tags.normalized(Stream.concat(tags.stream(), more.stream()).toList());
        if (merged.equals(tags)) {
            return false;
        }
        this.tags = merged;
        return true;
    }

    /** STOP: no more messages until the customer writes START. */
    void optOut(Instant at) {
        this.optedOut = true;
        this.optedOutAt = at;
    }

    /** START: messages may reach the customer again. */
    void optIn() {
        this.optedOut = false;
        this.optedOutAt = null;
    }

    /** A paid sale: the value adds up, and a lead or qualified lead becomes a customer. */
    void purchased(BigDecimal amount) {
        this.lifetimeValue = Money.amount(lifetimeValue.add(amount));
        advanceTo(Stage.CUSTOMER);
    }

    void refunded(BigDecimal amount) {
        this.lifetimeValue = Money.amount(lifetimeValue.subtract(amount).max(Money.ZERO));
    }

    CustomerViews.Customer toView() {
        return new CustomerViews.Customer(getId(), phone, name, email, stage, List.copyOf(tags), lifetimeValue,
                totalInteractions, firstContact, lastInteraction, optedOut, score, scoredAt, ScoreFactors.read(scoreFactors),
                getCreatedAt(), getUpdatedAt());
    }
}
