package com.lyrox.payments.internal;

import com.lyrox.payments.PaymentProvider;
import com.lyrox.payments.PaymentSettings;
import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.HmacSha256;
import com.lyrox.platform.StoreOutage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Mercado Pago's notifications: {@code x-signature: ts=<seconds>,v1=<hex>} checked as Mercado Pago
 * documents it (HMAC-SHA256, keyed with the webhook secret, of the manifest
 * {@code id:<data.id>;request-id:<x-request-id>;ts:<ts>;}), then the payment read from the
 * payments API with the access token: its status, amount, currency and
 * {@code external_reference} (the sale id). Each status of a payment is one event.
 */
@Component
class MercadoPagoEvents {

    static final String SIGNATURE = "x-signature";

    private final ObjectMapper json;
    private final PaymentSettings settings;
    private final RestClient api;

    MercadoPagoEvents(ObjectMapper json, PaymentSettings settings) {
        this.json = json;
        this.settings = settings;
        this.api = MercadoPagoApi.client(Duration.ofSeconds(5));
    }

    /** The manifest's signature as Mercado Pago sends it: how tests and the simulator sign a notification. */
    static String signature(String dataId, String requestId, long timestamp, String secret) {
        return "ts=" + timestamp + ",v1=" + HmacSha256.hex(manifest(dataId, requestId, timestamp).getBytes(StandardCharsets.UTF_8), secret);
    }

    ProviderEvent read(byte[] body, String signature, String requestId, String dataIdParameter, ProviderService.Secrets secrets) {
        JsonNode notification;
        try {
            notification = json.readTree(body);
        } catch (JacksonException e) {
            throw ApiProblem.invalid("body", "must be a Mercado Pago notification");
        }
        if (notification == null || !notification.isObject()) {
            throw ApiProblem.invalid("body", "must be a Mercado Pago notification");
        }
        String dataId = dataIdParameter != null ? dataIdParameter : notification.path("data").path("id").asString("");
        checkSignature(signature, requestId, dataId, secrets.webhookSecret());
        String type = notification.path("type").asString(notification.path("topic").asString(""));
        if (!"payment".equals(type) || dataId.isBlank()) {
            String id = notification.path("id").asString(requestId);
            return new ProviderEvent(PaymentProvider.MERCADO_PAGO, "notification:" + id, type.isBlank() ? "notification" : type,
                    ProviderEvent.Effect.NONE, null, null, null, null, null);
        }
        JsonNode payment = payment(secrets.apiUrl(), dataId, secrets.apiKey());
        String status = payment.path("status").asString("unknown");
        return new ProviderEvent(PaymentProvider.MERCADO_PAGO, "payment:" + dataId + ":" + status, "payment." + status,
                effect(status), uuid(payment.path("external_reference").asString("")), dataId,
                payment.path("transaction_amount").isNumber() ? payment.path("transaction_amount").decimalValue() : null,
                payment.path("currency_id").isString() ? payment.path("currency_id").asString().toUpperCase(Locale.ROOT) : null,
                payment.path("payment_method_id").asString(null));
    }

    private void checkSignature(String header, String requestId, String dataId, String secret) {
        String timestamp = null;
        String given = null;
        for (String part : header == null ? new String[0] : header.split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length == 2 && pair[0].equals("ts")) {
                timestamp = pair[1];
            } else if (pair.length == 2 && pair[0].equals("v1")) {
                given = pair[1];
            }
        }
        long seconds;
        try {
            seconds = timestamp == null ? -1 : Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            seconds = -1;
        }
        // Mercado Pago's ts is in seconds in its documentation and in milliseconds in some deliveries.
        Instant signedAt = seconds > 100_000_000_000L ? Instant.ofEpochMilli(seconds) : Instant.ofEpochSecond(Math.max(seconds, 0));
        boolean fresh = Duration.between(signedAt, Instant.now()).abs().compareTo(settings.signatureTolerance()) <= 0;
        if (requestId == null || given == null || !fresh || !HmacSha256.matches(
                manifest(dataId, requestId, seconds).getBytes(StandardCharsets.UTF_8), secret, given)) {
            throw ApiProblem.invalid(SIGNATURE, "must be ts=...,v1=... : the HMAC-SHA256 of id:<data.id>;request-id:<x-request-id>;ts:<ts>; "
                    + "with the webhook secret, made within the tolerance");
        }
    }

    private JsonNode payment(String apiUrl, String id, String accessToken) {
        try {
            JsonNode payment = api.get().uri(MercadoPagoApi.at(apiUrl, "v1", "payments", id)).header("Authorization", "Bearer " + accessToken)
                    .retrieve().body(JsonNode.class);
            if (payment == null || !payment.isObject()) {
                throw ApiProblem.invalid("data.id", "Mercado Pago has no payment " + id);
            }
            return payment;
        } catch (org.springframework.web.client.HttpClientErrorException e) {
            throw ApiProblem.invalid("data.id", "Mercado Pago answered " + e.getStatusCode().value() + " for payment " + id);
        } catch (RestClientException e) {
            // Not the notification's fault: an answer of 503 has Mercado Pago send it again later.
            throw ApiProblem.unavailable(new StoreOutage("Mercado Pago"));
        }
    }

    private static ProviderEvent.Effect effect(String status) {
        return switch (status) {
            case "approved" -> ProviderEvent.Effect.PAID;
            case "pending", "in_process", "authorized", "in_mediation" -> ProviderEvent.Effect.PENDING;
            case "rejected", "cancelled" -> ProviderEvent.Effect.FAILED;
            case "refunded", "charged_back" -> ProviderEvent.Effect.REFUNDED;
            default -> ProviderEvent.Effect.NONE;
        };
    }

    /** Mercado Pago lowercases an alphanumeric data.id in the manifest. */
    private static String manifest(String dataId, String requestId, long timestamp) {
        String id = dataId.matches("[A-Za-z0-9]+") ? dataId.toLowerCase(Locale.ROOT) : dataId;
        return "id:" + id + ";request-id:" + requestId + ";ts:" + timestamp + ";";
    }

    private static UUID uuid(String text) {
        try {
            return text.isBlank() ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
