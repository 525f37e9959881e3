package com.lyrox.whatsapp.internal.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code X-Hub-Signature-256}: HMAC-SHA256 of the raw body as received (Meta escapes
 * non-ASCII and slashes, so re-serialised JSON would hash differently), keyed with the app
 * secret, compared in constant time.
 */
public final class WebhookSignature {

    private static final String PREFIX = "sha256=";

    private WebhookSignature() {
    }

    static boolean valid(byte[] body, String header, String appSecret) {
        if (header == null || appSecret == null || !header.startsWith(PREFIX)) {
            return false;
        }
        byte[] expected = sign(body, appSecret);
        byte[] given;
        try {
            given = HexFormat.of().parseHex(header.substring(PREFIX.length()).trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(expected, given);
    }

    /** The header Meta sends with {@code body}: how the simulator signs the bodies it makes. */
    public static String header(byte[] body, String appSecret) {
        return PREFIX + HexFormat.of().formatHex(sign(body, appSecret));
    }

    private static byte[] sign(byte[] body, String appSecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
