package com.lyrox.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signatures made the way payment providers make them, computed here rather than by their SDKs. */
public final class StripeSignatures {

    private StripeSignatures() {
    }

    /** Stripe's scheme: t=<seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the endpoint's signing secret>. */
    public static String header(String payload, String secret, long timestamp) {
        return "t=" + timestamp + ",v1=" + hmac(timestamp + "." + payload, secret);
    }

    /** Hex HMAC-SHA256 of the text with the secret. */
    public static String hmac(String data, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
