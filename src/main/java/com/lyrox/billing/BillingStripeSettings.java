package com.lyrox.billing;

import com.lyrox.tenants.Plan;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lyrox.billing.stripe.*}: Lyrox's own Stripe account, through which companies pay for
 * their plan. Without a secret key plans are not sold here and a platform administrator changes
 * them.
 *
 * @param secretKey     the account's secret key (sk_...), with which Checkout Sessions are created
 * @param webhookSecret the signing secret of the endpoint {@code /webhooks/stripe-billing}
 * @param apiBase       where Stripe's API answers
 * @param prices        the recurring price of each plan on sale (a Stripe price id, price_...)
 */
@ConfigurationProperties("lyrox.billing.stripe")
public record BillingStripeSettings(String secretKey, String webhookSecret,
                                    @DefaultValue("https://api.stripe.com") String apiBase,
                                    @DefaultValue Map<Plan, String> prices) {

    public boolean sellsPlans() {
        return secretKey != null && !secretKey.isBlank();
    }
}
