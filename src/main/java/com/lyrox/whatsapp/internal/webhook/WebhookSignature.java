package com.lyrox.whatsapp.internal.webhook;

import com.lyrox.platform.HmacSha256;

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
        return header != null && appSecret != null && header.startsWith(PREFIX)
                && HmacSha256.matches(body, appSecret, header.substring(PREFIX.length()));
    }

    /** The header Meta sends with {@code body}: how the simulator signs the bodies it makes. */
    public static String header(byte[] body, String appSecret) {
        return PREFIX + HmacSha256.hex(body, appSecret);
    }
}
