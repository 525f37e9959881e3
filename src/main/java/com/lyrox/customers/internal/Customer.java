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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person who writes to the company: a lead until they buy. */
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
        this.tags = normalized(write.tags());
    }

    void moveTo(Stage newStage) {
        this.stage = newStage;
    }

    /** A paid sale: the value adds up, and a lead or qualified lead becomes a customer. */
    void purchased(BigDecimal amount) {
        this.lifetimeValue = Money.amount(lifetimeValue.add(amount));
        if (stage == Stage.LEAD || stage == Stage.QUALIFIED) {
            stage = Stage.CUSTOMER;
        }
    }

    void refunded(BigDecimal amount) {
        this.lifetimeValue = Money.amount(lifetimeValue.subtract(amount).max(Money.ZERO));
    }

    CustomerViews.Customer toView() {
        return new CustomerViews.Customer(getId(), phone, name, email, stage, List.copyOf(tags), lifetimeValue,
                totalInteractions, firstContact, lastInteraction, optedOut, getCreatedAt(), getUpdatedAt());
    }

    private static List<String> normalized(List<String> tags) {
        if (tags == null) {
            return new ArrayList<>();
        }
        LinkedHashSet<String> unique = new LinkedHashSet<>();
        tags.forEach(tag -> unique.add(tag.trim().toLowerCase(Locale.ROOT)));
        return new ArrayList<>(unique);
    }
}
