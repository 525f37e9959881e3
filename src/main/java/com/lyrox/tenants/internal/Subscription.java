package com.lyrox.tenants.internal;

import com.lyrox.platform.TenantOwnedEntity;
import com.lyrox.tenants.Plan;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** The billing record behind a company's plan. */
@Entity
@Table(name = "subscriptions")
class Subscription extends TenantOwnedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Plan plan;

    @Column(nullable = false)
    private String status = "ACTIVE";

    @Column(name = "current_period_start")
    private Instant currentPeriodStart;

    @Column(name = "stripe_customer_id")
    private String stripeCustomerId;

    @Column(name = "stripe_subscription_id")
    private String stripeSubscriptionId;

    protected Subscription() {
    }

    Subscription(Plan plan, Instant start) {
        this.plan = plan;
        this.currentPeriodStart = start;
    }

    void changePlan(Plan newPlan) {
        this.plan = newPlan;
    }

    String stripeSubscriptionId() {
        return stripeSubscriptionId;
    }

    /** The plan as the billing provider's subscription has it (ACTIVE, PAST_DUE or CANCELED). */
    void billedBy(Plan newPlan, String customerId, String subscriptionId, String newStatus) {
        this.plan = newPlan;
        this.status = newStatus;
        if (customerId != null) {
            this.stripeCustomerId = customerId;
        }
        if (subscriptionId != null) {
            this.stripeSubscriptionId = subscriptionId;
        }
    }
}
