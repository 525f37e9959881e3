package com.lyrox.payments.internal;

import com.lyrox.platform.StripeAmounts;
import com.lyrox.payments.PaymentProvider;
import com.lyrox.payments.PaymentSettings;
import com.lyrox.sales.CheckoutIssuer;
import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;
import com.stripe.param.checkout.SessionCreateParams;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With the company's Stripe secret key, each sale the agent sends a link for gets a Checkout
 * Session of its own: the exact amount and currency, the product's name, and the sale as
 * {@code client_reference_id} and in the metadata of the session and of its payment, so that
 * Stripe's events (a refund included) name it. If Stripe cannot make one, the product's link is
 * sent instead.
 */
@Component
@Order(1)
class StripeCheckouts implements CheckoutIssuer {

    private static final Logger log = LoggerFactory.getLogger(StripeCheckouts.class);

    private final ProviderService providers;
    private final PaymentSettings settings;

    StripeCheckouts(ProviderService providers, PaymentSettings settings) {
        this.providers = providers;
        this.settings = settings;
    }

    @Override
    public Optional<String> checkoutFor(SaleToPay sale) {
        Optional<String> secretKey = providers.secretsOf(PaymentProvider.STRIPE).map(ProviderService.Secrets::apiKey);
        if (secretKey.isEmpty()) {
            return Optional.empty();
        }
        StripeClient stripe = StripeClient.builder().setApiKey(secretKey.get()).setApiBase(settings.stripeApiBase())
                .setConnectTimeout(3_000).setReadTimeout(10_000).build();
        String saleId = sale.saleId().toString();
        SessionCreateParams params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .addLineItem(SessionCreateParams.LineItem.builder().setQuantity(1L)
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency(sale.currency().toLowerCase(Locale.ROOT))
                                .setUnitAmount(StripeAmounts.toMinor(sale.amount(), sale.currency()))
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                        .setName(sale.productName()).build())
                                .build())
                        .build())
                .setClientReferenceId(saleId)
                .putMetadata("sale_id", saleId)
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder().putMetadata("sale_id", saleId).build())
                .setSuccessUrl(settings.checkoutReturnUrl())
                .build();
        try {
            Session session = stripe.v1().checkout().sessions().create(params);
            return Optional.ofNullable(session.getUrl());
        } catch (StripeException | RuntimeException e) {
            log.warn("No Stripe Checkout for sale {}; the product's link is sent instead: {}", saleId, e.getMessage());
            return Optional.empty();
        }
    }
}
