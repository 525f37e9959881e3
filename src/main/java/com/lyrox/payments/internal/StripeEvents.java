package com.lyrox.payments.internal;

import com.lyrox.platform.StripeAmounts;
import com.lyrox.payments.PaymentProvider;
import com.lyrox.payments.PaymentSettings;
import com.lyrox.platform.StripeSignedEvents;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Stripe's webhook events: the {@code Stripe-Signature} header checked over the raw body by
 * Stripe's own SDK (a timestamp within the tolerance, a {@code v1} HMAC of "timestamp.body" with
 * the endpoint's signing secret), then the event read as JSON, whatever API version it was made
 * for. The sale is the Checkout Session's {@code client_reference_id} (which Lyrox adds to a
 * Payment Link when it sends one), else its {@code metadata.sale_id}; a refund finds the sale by
 * its payment intent.
 */
@Component
class StripeEvents {

    static final String SIGNATURE = StripeSignedEvents.SIGNATURE;
    private final ObjectMapper json;
    private final PaymentSettings settings;

    StripeEvents(ObjectMapper json, PaymentSettings settings) {
        this.json = json;
        this.settings = settings;
    }

    ProviderEvent read(byte[] body, String signature, String secret) {
        StripeSignedEvents event = StripeSignedEvents.read(body, signature, secret, settings.signatureTolerance(), json);
        String id = event.id();
        String type = event.type();
        JsonNode object = event.object();
        return switch (type) {
            case "checkout.session.completed" -> session(id, type, object,
                    "paid".equals(object.path("payment_status").asString("")) ? ProviderEvent.Effect.PAID : ProviderEvent.Effect.PENDING);
            case "checkout.session.async_payment_succeeded" -> session(id, type, object, ProviderEvent.Effect.PAID);
            case "checkout.session.async_payment_failed" -> session(id, type, object, ProviderEvent.Effect.FAILED);
            case "charge.refunded" -> new ProviderEvent(PaymentProvider.STRIPE, id, type,
                    object.path("refunded").asBoolean(false) ? ProviderEvent.Effect.REFUNDED : ProviderEvent.Effect.NONE,
                    uuid(object.path("metadata").path("sale_id")), text(object.path("payment_intent")),
                    amount(object.path("amount_refunded"), object.path("currency")), currency(object.path("currency")), null);
            default -> new ProviderEvent(PaymentProvider.STRIPE, id, type, ProviderEvent.Effect.NONE, null, null, null, null, null);
        };
    }

    private static ProviderEvent session(String id, String type, JsonNode session, ProviderEvent.Effect effect) {
        UUID saleId = uuid(session.path("client_reference_id"));
        if (saleId == null) {
            saleId = uuid(session.path("metadata").path("sale_id"));
        }
        String paymentId = text(session.path("payment_intent"));
        return new ProviderEvent(PaymentProvider.STRIPE, id, type, effect, saleId, paymentId != null ? paymentId : text(session.path("id")),
                amount(session.path("amount_total"), session.path("currency")), currency(session.path("currency")), "stripe_checkout");
    }

    /** Stripe's integer amount in the currency's smallest unit, as an amount in the currency. */
    private static BigDecimal amount(JsonNode minorUnits, JsonNode currency) {
        String code = currency(currency);
        return minorUnits.isIntegralNumber() && code != null ? StripeAmounts.fromMinor(minorUnits.asLong(), code) : null;
    }

    private static String currency(JsonNode currency) {
        String code = text(currency);
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }

    private static UUID uuid(JsonNode node) {
        String text = text(node);
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(JsonNode node) {
        return node.isString() && !node.asString().isBlank() ? node.asString() : null;
    }
}
