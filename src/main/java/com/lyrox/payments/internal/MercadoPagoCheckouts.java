package com.lyrox.payments.internal;

import com.lyrox.payments.PaymentProvider;
import com.lyrox.payments.PaymentSettings;
import com.lyrox.sales.CheckoutIssuer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

/**
 * With Mercado Pago connected, each sale the agent sends a link for gets a checkout preference of
 * its own: its exact amount and currency, the product's title, and the sale as
 * {@code external_reference}, which the payment carries back to the notification. If Mercado
 * Pago cannot make one, the next way of paying is sent instead (Stripe, or the product's link).
 */
@Component
@Order(2)
class MercadoPagoCheckouts implements CheckoutIssuer {

    private static final Logger log = LoggerFactory.getLogger(MercadoPagoCheckouts.class);

    private final ProviderService providers;
    private final PaymentSettings settings;
    private final RestClient api;

    MercadoPagoCheckouts(ProviderService providers, PaymentSettings settings) {
        this.providers = providers;
        this.settings = settings;
        this.api = MercadoPagoApi.client(Duration.ofSeconds(10));
    }

    @Override
    public Optional<String> checkoutFor(SaleToPay sale) {
        Optional<ProviderService.Secrets> connection = providers.secretsOf(PaymentProvider.MERCADO_PAGO);
        if (connection.isEmpty() || connection.get().apiKey() == null) {
            return Optional.empty();
        }
        Map<String, Object> preference = Map.of(
                "items", List.of(Map.of("title", sale.productName(), "quantity", 1, "unit_price", sale.amount(),
                        "currency_id", sale.currency())),
                "external_reference", sale.saleId().toString(),
                "back_urls", Map.of("success", settings.checkoutReturnUrl()));
        try {
            JsonNode created = api.post()
                    .uri(MercadoPagoApi.at(connection.get().apiUrl(), "checkout", "preferences"))
                    .header("Authorization", "Bearer " + connection.get().apiKey())
                    .contentType(MediaType.APPLICATION_JSON).body(preference).retrieve().body(JsonNode.class);
            String url = created == null ? "" : created.path("init_point").asString("");
            return url.startsWith("https://") ? Optional.of(url) : Optional.empty();
        } catch (RestClientException | IllegalArgumentException e) {
            log.warn("No Mercado Pago preference for sale {}; another way of paying is sent: {}", sale.saleId(), e.getMessage());
            return Optional.empty();
        }
    }
}
