package com.lyrox.billing.internal;

import com.lyrox.billing.BillingSettings;
import com.lyrox.billing.BillingStripeSettings;
import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.StoreOutage;
import com.lyrox.platform.StripeAmounts;
import com.lyrox.platform.TenantContext;
import com.lyrox.tenants.Plan;
import com.stripe.StripeClient;
import java.math.BigDecimal;
import java.util.Locale;
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

    /** The metadata purpose of a Checkout that fills the prepaid balance. */
    static final String TOP_UP = "balance";

    private final BillingStripeSettings settings;
    private final BillingSettings billing;
    private final StripeClient stripe;

    PlanCheckout(BillingStripeSettings settings, BillingSettings billing) {
        this.settings = settings;
        this.billing = billing;
        this.stripe = settings.sellsPlans() ? StripeClient.builder().setApiKey(settings.secretKey())
                .setApiBase(settings.apiBase()).setConnectTimeout(3_000).setReadTimeout(10_000).build() : null;
    }

    Checkout start(Plan plan, String returnUrl) {
        requireStripe("plan");
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
        return create(params, "plan");
    }

    /**
     * Sells money for the prepaid balance: a Checkout Session in payment mode for the amount, in the
     * billing currency, which names the company and its purpose so that its webhook makes the deposit.
     */
    Checkout topUp(BigDecimal amount, String returnUrl) {
        requireStripe("amount");
        String companyId = TenantContext.requireCompanyId().toString();
        String currency = billing.currency();
        SessionCreateParams params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .addLineItem(SessionCreateParams.LineItem.builder().setQuantity(1L)
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency(currency.toLowerCase(Locale.ROOT))
                                .setUnitAmount(StripeAmounts.toMinor(amount, currency))
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                        .setName("Lyrox prepaid balance").build())
                                .build())
                        .build())
                .setClientReferenceId(companyId)
                .putMetadata("company_id", companyId)
                .putMetadata("purpose", TOP_UP)
                .setSuccessUrl(returnUrl + "?top-up=success")
                .setCancelUrl(returnUrl + "?top-up=cancelled")
                .build();
        return create(params, "amount");
    }

    private void requireStripe(String field) {
        if (stripe == null) {
            throw ApiProblem.conflict(field, "Nothing is sold through Stripe on this server (lyrox.billing.stripe.secret-key); "
                    + "a platform administrator changes plans and balances");
        }
    }

    private Checkout create(SessionCreateParams params, String field) {
        try {
            Session session = stripe.v1().checkout().sessions().create(params);
            return new Checkout(session.getId(), session.getUrl());
        } catch (StripeException e) {
            if (e.getStatusCode() != null && e.getStatusCode() == 400) {
                throw ApiProblem.invalid(field, "Stripe refused the checkout: "
                        + (e.getStripeError() != null ? e.getStripeError().getMessage() : e.getMessage()));
            }
            throw ApiProblem.unavailable(new StoreOutage("Stripe"));
        }
    }
}
