package com.lyrox.tenants.internal;

import com.lyrox.platform.TenantOwnedEntity;
import com.lyrox.tenants.ChannelRequest;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A WhatsApp number the company connected; its token and app secret are kept sealed, its verify token hashed. */
@Entity
@Table(name = "channels")
class Channel extends TenantOwnedEntity {

    static final String DEFAULT_GRAPH_BASE_URL = "https://graph.facebook.com";
    static final String DEFAULT_GRAPH_VERSION = "v25.0";
    private static final int MAX_REASON = 500;

    @Column(nullable = false)
    private String name;

    @Column(name = "phone_number_id", nullable = false)
    private String phoneNumberId;

    @Column(name = "display_phone_number", nullable = false)
    private String displayPhoneNumber;

    @Column(name = "waba_id")
    private String wabaId;

    @Column(name = "access_token_enc", nullable = false)
    private String accessTokenEnc;

    @Column(name = "app_secret_enc", nullable = false)
    private String appSecretEnc;

    @Column(name = "verify_token_hash", nullable = false)
    private String verifyTokenHash;

    @Column(name = "graph_base_url", nullable = false)
    private String graphBaseUrl;

    @Column(name = "graph_version", nullable = false)
    private String graphVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChannelStatus status = ChannelStatus.CONNECTED;

    @Column(name = "status_reason")
    private String statusReason;

    protected Channel() {
    }

    Channel(ChannelRequest request) {
        describe(request);
    }

    /** Takes the request's non-secret fields; the Graph API base URL and version fall back to Meta's. */
    void describe(ChannelRequest request) {
        this.name = request.name().trim();
        this.phoneNumberId = request.phoneNumberId();
        this.displayPhoneNumber = request.displayPhoneNumber().trim();
        this.wabaId = request.wabaId();
        this.graphBaseUrl = request.graphBaseUrl() == null
                ? DEFAULT_GRAPH_BASE_URL : request.graphBaseUrl().replaceAll("/+$", "");
        this.graphVersion = request.graphVersion() == null ? DEFAULT_GRAPH_VERSION : request.graphVersion();
    }

    /** New credentials (null keeps the stored one) make the channel usable again. */
    void connect(String sealedAccessToken, String sealedAppSecret, String verifyTokenHash) {
        if (sealedAccessToken != null) {
            this.accessTokenEnc = sealedAccessToken;
        }
        if (sealedAppSecret != null) {
            this.appSecretEnc = sealedAppSecret;
        }
        if (verifyTokenHash != null) {
            this.verifyTokenHash = verifyTokenHash;
        }
        this.status = ChannelStatus.CONNECTED;
        this.statusReason = null;
    }

    void disconnect(String reason) {
        this.status = ChannelStatus.DISCONNECTED;
        this.statusReason = reason == null || reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
    }

    String phoneNumberId() {
        return phoneNumberId;
    }

    String displayPhoneNumber() {
        return displayPhoneNumber;
    }

    String accessTokenEnc() {
        return accessTokenEnc;
    }

    String appSecretEnc() {
        return appSecretEnc;
    }

    String verifyTokenHash() {
        return verifyTokenHash;
    }

    String graphBaseUrl() {
        return graphBaseUrl;
    }

    String graphVersion() {
        return graphVersion;
    }

    ChannelView toView() {
        return new ChannelView(getId(), name, phoneNumberId, displayPhoneNumber, wabaId, graphBaseUrl, graphVersion,
                status, statusReason, accessTokenEnc != null, appSecretEnc != null, verifyTokenHash != null,
                ChannelView.currentWebhookUrl(), getCreatedAt(), getUpdatedAt());
    }
}
