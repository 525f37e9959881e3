package com.lyrox.support;

import com.lyrox.support.Api.Account;
import com.lyrox.support.Api.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A company with a WhatsApp channel whose Graph API is a local stub, and signed webhooks built
 * from the sample bodies (their phone_number_id swapped for this channel's).
 */
public final class WhatsAppFixture {

    public static final String SAMPLE_PHONE_NUMBER_ID = "200000000000002";

    private final Api api;
    private final Account owner;
    private final String phoneNumberId;
    private final String appSecret;
    private final String channelId;

    private WhatsAppFixture(Api api, Account owner, String phoneNumberId, String appSecret, String channelId) {
        this.api = api;
        this.owner = owner;
        this.phoneNumberId = phoneNumberId;
        this.appSecret = appSecret;
        this.channelId = channelId;
    }

    /** Signs up a company and connects a channel that sends to the stub. */
    public static WhatsAppFixture connect(Api api, GraphStub graph) {
        Account owner = api.signUp();
        String phoneNumberId = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000_000L, 999_999_999_999_999L));
        String appSecret = "app-secret-" + phoneNumberId;
        Reply channel = api.post("/api/v1/channels", owner.accessToken(), Map.of(
                "name", "Main number", "phoneNumberId", phoneNumberId, "displayPhoneNumber", "+1 555 000 1111",
                "accessToken", "token-" + phoneNumberId, "appSecret", appSecret,
                "verifyToken", "verify-" + phoneNumberId, "graphBaseUrl", graph.baseUrl(), "graphVersion", "v25.0"));
        if (channel.status() != 201) {
            throw new IllegalStateException("Channel not created: " + channel.status());
        }
        return new WhatsAppFixture(api, owner, phoneNumberId, appSecret, channel.text("$.id"));
    }

    public Account owner() {
        return owner;
    }

    public String phoneNumberId() {
        return phoneNumberId;
    }

    public String accessToken() {
        return "token-" + phoneNumberId;
    }

    public String verifyToken() {
        return "verify-" + phoneNumberId;
    }

    public String channelId() {
        return channelId;
    }

    /** A sample body from src/test/resources/whatsapp, addressed to this channel. */
    public String sample(String name) {
        try {
            String body = new ClassPathResource("whatsapp/" + name).getContentAsString(StandardCharsets.UTF_8);
            return body.replace(SAMPLE_PHONE_NUMBER_ID, phoneNumberId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text message from a customer, in the Cloud API's format. */
    public String text(String waId, String name, String messageId, String body) {
        return text(phoneNumberId, waId, name, messageId, body);
    }

    /** A text message from a customer to this phone number id, in the Cloud API's format. */
    public static String text(String phoneNumberId, String waId, String name, String messageId, String body) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"100000000000001","changes":[{"field":"messages",\
                "value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550001111",\
                "phone_number_id":"%s"},"contacts":[{"profile":{"name":"%s"},"wa_id":"%s"}],"messages":[{"from":"%s",\
                "id":"%s","timestamp":"1767225600","type":"text","text":{"body":"%s"}}]}}]}]}"""
                .formatted(phoneNumberId, name, waId, waId, messageId, body);
    }

    /** A status of a message the business sent, stamped now. */
    public String status(String messageId, String status) {
        return statuses(status, messageId);
    }

    /** One body with the same status of several messages the business sent, stamped now. */
    public String statuses(String status, String... messageIds) {
        long now = java.time.Instant.now().getEpochSecond();
        String statuses = java.util.Arrays.stream(messageIds)
                .map(id -> """
                        {"id":"%s","status":"%s","timestamp":"%d","recipient_id":"15557654321"}""".formatted(id, status, now))
                .collect(java.util.stream.Collectors.joining(","));
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"100000000000001","changes":[{"field":"messages",\
                "value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550001111",\
                "phone_number_id":"%s"},"statuses":[%s]}}]}]}""".formatted(phoneNumberId, statuses);
    }

    /** Posts the body signed with the channel's app secret, as Meta does. */
    public Reply deliver(String body) {
        return deliver(body.getBytes(StandardCharsets.UTF_8), signature(body.getBytes(StandardCharsets.UTF_8), appSecret));
    }

    public Reply deliver(byte[] body, String signature) {
        var request = MockMvcRequestBuilders.post("/webhooks/whatsapp").contentType(MediaType.APPLICATION_JSON).content(body);
        if (signature != null) {
            request.header("X-Hub-Signature-256", signature);
        }
        return api.raw(request);
    }

    /** The X-Hub-Signature-256 Meta would send with this body to this channel. */
    public String signature(String body) {
        return signature(body.getBytes(StandardCharsets.UTF_8), appSecret);
    }

    public static String signature(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
