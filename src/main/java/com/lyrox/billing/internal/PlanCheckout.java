package com.lyrox.billing.internal;

import com.lyrox.billing.BillingStripeSettings;
import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.StoreOutage;
import com.lyrox.platform.TenantContext;
import com.lyrox.tenants.Plan;
import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;
import com.stripe.param.checkout.SessionCreateParams;
import org.springframework.stereotype.Service;

/**
 * Sells a plan: a Stripe Checkout Session in subscription mode for the plan's price, which names
 * the company (client reference and metadata, on the session and on the subscription it starts),
 * so that Stripe's webhooks say whose plan to change.
 */
@Service
class PlanCheckout {

    /** Where the owner pays, and the session's id. */
    record Checkout(String sessionId, String url) {
    }

    private final BillingStripeSettings settings;
    private final StripeClient stripe;

    PlanCheckout(BillingStripeSettings settings) {
        this.settings = settings;
        this.stripe = settings.sellsPlans() ? StripeClient.builder().setApiKey(settings.secretKey())
                .setApiBase(settings.apiBase()).setConnectTimeout(3_000).setReadTimeout(10_000).build() : null;
    }

    Checkout start(Plan plan, String returnUrl) {
        if (stripe == null) {
            throw ApiProblem.conflict("plan", "Plans are not sold on this server (lyrox.billing.stripe.secret-key); "
                    + "a platform administrator changes them");
        }
        String price = settings.prices().get(plan);
        if (price == null || price.isBlank()) {
            throw ApiProblem.invalid("plan", "is not on sale; choose one of " + settings.prices().keySet());
        }
        String companyId = TenantContext.requireCompanyId().toString();
        SessionCreateParams params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.SUBSCRIPTION)
                .addLineItem(SessionCreateParams.LineItem.builder().setPrice(price).setQuantity(1L).build())
                .setClientReferenceId(companyId)
                .putMetadata("company_id", companyId)
                .putMetadata("plan", plan.name())
                .setSubscriptionData(SessionCreateParams.SubscriptionData.builder()
                        .putMetadata("company_id", companyId).putMetadata("plan", plan.name()).build())
                .setSuccessUrl(returnUrl + "?checkout=success")
                .setCancelUrl(returnUrl + "?checkout=cancelled")
                .build();
        try {
            Session session = stripe.v1().checkout().sessions().create(params);
            return new Checkout(session.getId(), session.getUrl());
        } catch (StripeException e) {
            if (e.getStatusCode() != null && e.getStatusCode() == 400) {
                throw ApiProblem.invalid("plan", "Stripe refused the checkout: "
                        + (e.getStripeError() != null ? e.getStripeError().getMessage() : e.getMessage()));
            }
            throw ApiProblem.unavailable(new StoreOutage("Stripe"));
        }
    }
}
