package com.lyrox.platform;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A Stripe webhook event, read only once its {@code Stripe-Signature} holds: checked by Stripe's
 * own SDK over the raw body (a timestamp within the tolerance, a {@code v1} HMAC of
 * "timestamp.body" with the endpoint's signing secret), then read as JSON whatever API version
 * it was made for. A bad signature or body is a 400 naming it.
 *
 * @param object the event's {@code data.object}
 */
public record StripeSignedEvents(String id, String type, Instant created, JsonNode object) {

    public static final String SIGNATURE = "Stripe-Signature";

    public static StripeSignedEvents read(byte[] body, String signature, String secret, Duration tolerance, ObjectMapper json) {
        try {
            if (secret == null || signature == null || !Webhook.Signature.verifyHeader(new String(body, StandardCharsets.UTF_8),
                    signature, secret, tolerance.toSeconds())) {
                throw invalidSignature(tolerance);
            }
        } catch (SignatureVerificationException e) {
            throw invalidSignature(tolerance);
        }
        JsonNode event;
        try {
            event = json.readTree(body);
        } catch (JacksonException e) {
            throw ApiProblem.invalid("body", "must be a Stripe event");
        }
        String id = event == null ? "" : event.path("id").asString("");
        String type = event == null ? "" : event.path("type").asString("");
        if (id.isBlank() || id.length() > 255 || type.isBlank() || type.length() > 100 || !event.path("created").isIntegralNumber()) {
            throw ApiProblem.invalid("body", "must be a Stripe event, with an id, a type and when it was created");
        }
        return new StripeSignedEvents(id, type, Instant.ofEpochSecond(event.path("created").asLong()),
                event.path("data").path("object"));
    }

    private static ApiProblem invalidSignature(Duration tolerance) {
        return ApiProblem.invalid(SIGNATURE, "must be Stripe's signature of the raw body with the endpoint's signing secret, "
                + "made within " + tolerance.toMinutes() + " minutes");
    }
}
