package com.lyrox.payments.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.lyrox.payments.PaymentProvider;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** What the payment provider endpoints take and answer. */
final class ProviderRequests {

    private ProviderRequests() {
    }

    /** Stripe's webhook signing secret, and optionally a secret key. */
    @Schema(name = "StripeConnection")
    record Stripe(@NotBlank @Pattern(regexp = "^whsec_[A-Za-z0-9_]+$", message = "must be a webhook signing secret, whsec_...")
                  @Schema(example = "whsec_3b1f...") String webhookSecret,
                  @Pattern(regexp = "^(sk|rk)_(test|live)_[A-Za-z0-9_]+$", message = "must be a secret or restricted key, sk_... or rk_...")
                  @Schema(example = "sk_test_51N...", description = "Optional: with it each sale the agent sends a link for gets a "
                          + "Checkout Session of its exact amount; without it the product's Payment Link is sent") String secretKey) {
    }

    /** Mercado Pago's webhook secret and the access token its payments are read with. */
    @Schema(name = "MercadoPagoConnection")
    record MercadoPago(@NotBlank @Size(max = 200) @Schema(example = "5f2c...") String webhookSecret,
                       @NotBlank @Size(max = 300) @Schema(example = "APP_USR-1234...") String accessToken,
                       @Size(max = 500) @Pattern(regexp = "^https?://[^\\s]+$", message = "must be an http(s) URL")
                       @Schema(example = "https://api.mercadopago.com", description = "Default https://api.mercadopago.com")
                       String apiUrl) {

        static final String DEFAULT_API_URL = "https://api.mercadopago.com";
    }

    /** A connected provider as the API shows it: whether each secret is set, never the secret itself. */
    @Schema(name = "PaymentProviderConnection")
    record View(@Schema(example = "STRIPE") PaymentProvider provider,
                boolean connected,
                @Schema(description = "Where the provider must send its webhooks for this company",
                        example = "https://app.lyrox.example/webhooks/stripe/3f6c...") String webhookUrl,
                boolean apiKeySet,
                @JsonFormat(shape = JsonFormat.Shape.STRING) Instant connectedAt) {
    }

    /** The generic webhook connected: its signing secret, shown this once. */
    @Schema(name = "GenericPaymentConnection")
    record GenericConnected(View connection,
                            @Schema(description = "HMAC-SHA256 key for X-Lyrox-Signature; shown only now", example = "9c1d...")
                            String secret) {
    }

    /** A provider event received and what was done with it. */
    @Schema(name = "PaymentEvent")
    record EventView(UUID id, @Schema(example = "STRIPE") PaymentProvider provider,
                     @Schema(example = "evt_1Nq...") String eventId,
                     @Schema(example = "checkout.session.completed") String type,
                     UUID saleId,
                     @Schema(example = "pi_3Nq...") String paymentId,
                     @Schema(type = "string", example = "98.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
                     @Schema(example = "USD") String currency,
                     @Schema(example = "COMPLETED") PaymentOutcome outcome,
                     @Schema(example = "paid 90.00 USD for a sale of 98.00 USD") String detail,
                     @JsonFormat(shape = JsonFormat.Shape.STRING) Instant receivedAt) {
    }

    /** A provider event's answer to the provider. */
    @Schema(name = "PaymentWebhookAnswer")
    record Answer(@Schema(example = "evt_1Nq...") String eventId, @Schema(example = "COMPLETED") PaymentOutcome outcome) {
    }
}
