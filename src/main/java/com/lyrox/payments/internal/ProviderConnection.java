package com.lyrox.payments.internal;

import com.lyrox.payments.PaymentProvider;
import com.lyrox.platform.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A company's connection to a payment provider: its secrets, sealed with the encryption key. */
@Entity
@Table(name = "payment_providers")
class ProviderConnection extends TenantOwnedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PaymentProvider provider;

    @Column(name = "webhook_secret_sealed", nullable = false)
    private String webhookSecretSealed;

    @Column(name = "api_key_sealed")
    private String apiKeySealed;

    @Column(name = "api_url")
    private String apiUrl;

    protected ProviderConnection() {
    }

    ProviderConnection(PaymentProvider provider) {
        this.provider = provider;
    }

    void seal(String webhookSecret, String apiKey, String newApiUrl) {
        this.webhookSecretSealed = webhookSecret;
        this.apiKeySealed = apiKey;
        this.apiUrl = newApiUrl;
    }

    String apiUrl() {
        return apiUrl;
    }

    PaymentProvider provider() {
        return provider;
    }

    String webhookSecretSealed() {
        return webhookSecretSealed;
    }

    String apiKeySealed() {
        return apiKeySealed;
    }
}
