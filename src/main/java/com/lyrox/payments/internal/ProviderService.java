package com.lyrox.payments.internal;

import com.lyrox.payments.PaymentProvider;
import com.lyrox.payments.PaymentSettings;
import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.SecretBox;
import com.lyrox.platform.TenantContext;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Connects the current company to payment providers; their secrets are sealed and only ever opened to check a webhook. */
@Service
class ProviderService {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A connection's opened secrets, for checking and following up one webhook. */
    record Secrets(String webhookSecret, String apiKey, String apiUrl) {
    }

    private final ProviderConnectionRepository connections;
    private final SecretBox box;
    private final PaymentSettings settings;

    ProviderService(ProviderConnectionRepository connections, SecretBox box, PaymentSettings settings) {
        this.connections = connections;
        this.box = box;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    List<ProviderRequests.View> list() {
        return Arrays.stream(PaymentProvider.values())
                .map(provider -> connections.findByProvider(provider).map(this::view).orElseGet(() -> notConnected(provider)))
                .toList();
    }

    @Transactional
    ProviderRequests.View connectStripe(ProviderRequests.Stripe request) {
        return view(connect(PaymentProvider.STRIPE, request.webhookSecret(), request.secretKey(), null));
    }

    @Transactional
    ProviderRequests.View connectMercadoPago(ProviderRequests.MercadoPago request) {
        String apiUrl = request.apiUrl() != null ? request.apiUrl() : ProviderRequests.MercadoPago.DEFAULT_API_URL;
        if (settings.mercadoPagoApiUrls().stream().noneMatch(apiUrl::startsWith)) {
            throw ApiProblem.invalid("apiUrl", "must be one of " + settings.mercadoPagoApiUrls()
                    + " (lyrox.payments.mercado-pago-api-urls)");
        }
        return view(connect(PaymentProvider.MERCADO_PAGO, request.webhookSecret(), request.accessToken(), apiUrl));
    }

    /** Connects (or reconnects, with a new secret) the generic webhook; the secret is answered this once. */
    @Transactional
    ProviderRequests.GenericConnected connectGeneric() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        String secret = HexFormat.of().formatHex(key);
        return new ProviderRequests.GenericConnected(view(connect(PaymentProvider.GENERIC, secret, null, null)), secret);
    }

    @Transactional
    void disconnect(PaymentProvider provider) {
        connections.delete(connections.findByProvider(provider).orElseThrow(() -> ApiProblem.notFound("Payment provider")));
    }

    /** The current company's opened secrets for the provider; empty when it is not connected. */
    @Transactional(readOnly = true)
    Optional<Secrets> secretsOf(PaymentProvider provider) {
        return connections.findByProvider(provider).map(connection -> new Secrets(
                box.open(connection.webhookSecretSealed(), context(provider, "webhook-secret")),
                connection.apiKeySealed() == null ? null : box.open(connection.apiKeySealed(), context(provider, "api-key")),
                connection.apiUrl()));
    }

    private ProviderConnection connect(PaymentProvider provider, String webhookSecret, String apiKey, String apiUrl) {
        ProviderConnection connection = connections.findByProvider(provider).orElseGet(() -> new ProviderConnection(provider));
        connection.seal(box.seal(webhookSecret, context(provider, "webhook-secret")),
                apiKey == null || apiKey.isBlank() ? null : box.seal(apiKey, context(provider, "api-key")), apiUrl);
        return connections.saveAndFlush(connection);
    }

    private ProviderRequests.View view(ProviderConnection connection) {
        return new ProviderRequests.View(connection.provider(), true, webhookUrl(connection.provider()),
                connection.apiKeySealed() != null, connection.getCreatedAt());
    }

    private static ProviderRequests.View notConnected(PaymentProvider provider) {
        return new ProviderRequests.View(provider, false, webhookUrl(provider), false, null);
    }

    /** Where the provider sends this company's events: absolute, from the current request, when there is one. */
    static String webhookUrl(PaymentProvider provider) {
        String path = PaymentWebhookController.pathOf(provider, TenantContext.requireCompanyId());
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes) {
            return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
        }
        return path;
    }

    private static String context(PaymentProvider provider, String secret) {
        return "payment-providers/" + TenantContext.requireCompanyId() + "/" + provider + "/" + secret;
    }
}
