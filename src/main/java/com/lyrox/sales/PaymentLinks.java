package com.lyrox.sales;

import java.net.URI;
import java.util.UUID;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A product's payment link as sent for one sale: a Stripe Payment Link carries the sale's id as
 * {@code client_reference_id}, which Stripe hands back in the payment's webhook, so the payment
 * completes that sale by itself. Other links are sent as they are.
 */
public final class PaymentLinks {

    private static final String STRIPE_PAYMENT_LINKS = "buy.stripe.com";

    private PaymentLinks() {
    }

    public static String forSale(String link, UUID saleId) {
        if (link == null || saleId == null) {
            return link;
        }
        try {
            URI uri = URI.create(link);
            if (!STRIPE_PAYMENT_LINKS.equalsIgnoreCase(uri.getHost())) {
                return link;
            }
            return UriComponentsBuilder.fromUri(uri).replaceQueryParam("client_reference_id", saleId).build().toUriString();
        } catch (IllegalArgumentException e) {
            return link;
        }
    }
}
