package com.lyrox.payments.internal;

import com.lyrox.payments.PaymentProvider;
import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.HmacSha256;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Lyrox's generic payment webhook, for any provider or a company's own system: a JSON body
 * {@code {"eventId","saleId","status","amount","currency","paymentId","paymentMethod"}} signed in
 * {@code X-Lyrox-Signature: sha256=<hex HMAC-SHA256 of the raw body with the company's secret>}.
 */
@Component
class GenericEvents {

    static final String SIGNATURE = "X-Lyrox-Signature";
    private static final String PREFIX = "sha256=";

    private final ObjectMapper json;

    GenericEvents(ObjectMapper json) {
        this.json = json;
    }

    /** The signature header a sender puts on {@code body}: how the simulator signs the payments it makes. */
    static String signature(byte[] body, String secret) {
        return PREFIX + HmacSha256.hex(body, secret);
    }

    ProviderEvent read(byte[] body, String signature, String secret) {
        if (signature == null || !signature.startsWith(PREFIX) || !HmacSha256.matches(body, secret, signature.substring(PREFIX.length()))) {
            throw ApiProblem.invalid(SIGNATURE, "must be sha256= and the HMAC-SHA256 of the raw body with the webhook secret");
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw ApiProblem.invalid("body", "must be a JSON object");
        }
        if (root == null || !root.isObject()) {
            throw ApiProblem.invalid("body", "must be a JSON object");
        }
        UUID saleId = uuid(root, "saleId");
        ProviderEvent.Effect effect = effect(text(root, "status"));
        String paymentId = optional(root, "paymentId");
        BigDecimal amount = amount(root);
        String currency = optional(root, "currency");
        if (effect == ProviderEvent.Effect.PAID && (amount == null || currency == null)) {
            throw ApiProblem.invalid(amount == null ? "amount" : "currency", "is required when the status is PAID");
        }
        String eventId = optional(root, "eventId");
        if (eventId == null) {
            eventId = (paymentId != null ? paymentId : saleId.toString()) + ":" + effect;
        }
        return new ProviderEvent(PaymentProvider.GENERIC, eventId, "payment." + effect.name().toLowerCase(Locale.ROOT), effect,
                saleId, paymentId, amount, currency == null ? null : currency.toUpperCase(Locale.ROOT), optional(root, "paymentMethod"));
    }

    private static ProviderEvent.Effect effect(String status) {
        return switch (status.toUpperCase(Locale.ROOT)) {
            case "PAID", "COMPLETED", "SUCCEEDED" -> ProviderEvent.Effect.PAID;
            case "PENDING" -> ProviderEvent.Effect.PENDING;
            case "FAILED" -> ProviderEvent.Effect.FAILED;
            case "REFUNDED" -> ProviderEvent.Effect.REFUNDED;
            default -> throw ApiProblem.invalid("status", "must be PAID, PENDING, FAILED or REFUNDED");
        };
    }

    private static UUID uuid(JsonNode root, String field) {
        try {
            return UUID.fromString(text(root, field));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(field, "must be a sale id (a UUID)");
        }
    }

    private static BigDecimal amount(JsonNode root) {
        String amount = optional(root, "amount");
        if (amount == null) {
            return null;
        }
        try {
            BigDecimal parsed = new BigDecimal(amount);
            if (parsed.signum() < 0 || parsed.scale() > 2) {
                throw ApiProblem.invalid("amount", "must be a positive amount with at most 2 decimals, such as \"98.00\"");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ApiProblem.invalid("amount", "must be a positive amount with at most 2 decimals, such as \"98.00\"");
        }
    }

    private static String text(JsonNode root, String field) {
        String value = optional(root, field);
        if (value == null) {
            throw ApiProblem.invalid(field, "is required");
        }
        return value;
    }

    private static String optional(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isValueNode() || node.asString().isBlank() || node.asString().length() > 255) {
            throw ApiProblem.invalid(field, "must be a text or a number of at most 255 characters");
        }
        return node.asString();
    }
}
