package com.lyrox.platform;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 in hex, and its comparison in constant time: how webhooks from outside are signed. */
public final class HmacSha256 {

    private HmacSha256() {
    }

    public static String hex(byte[] data, String key) {
        return HexFormat.of().formatHex(mac(data, key));
    }

    /** Whether {@code given} (hex, any case) is the HMAC of the data; false for anything that is not hex. */
    public static boolean matches(byte[] data, String key, String given) {
        if (given == null) {
            return false;
        }
        byte[] expected;
        try {
            expected = HexFormat.of().parseHex(given.trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(mac(data, key), expected);
    }

    private static byte[] mac(byte[] data, String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
