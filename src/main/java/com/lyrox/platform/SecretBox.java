package com.lyrox.platform;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Encrypts secrets kept at rest (AES-256-GCM, a random 12-byte IV per value). A sealed value
 * reads {@code v1:<base64 of iv + ciphertext>}: the version names the key, so keys can rotate.
 * The context (such as the row and column a value belongs to) is authenticated too, so a
 * sealed value copied to another place no longer opens. The same key signs the links given to
 * people without an account (a booking's calendar file, a resource's calendar feed).
 */
@Component
public class SecretBox {

    private static final String VERSION = "v1:";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    public SecretBox(SecuritySettings settings) {
        this.key = new SecretKeySpec(decodeKey(settings.encryptionKey()), "AES");
    }

    /**
     * An unforgeable signature of {@code value} for links: HMAC-SHA256 keyed by the encryption key,
     * bound to {@code context}, the first 128 bits in base64url.
     */
    public String signature(String value, String context) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            mac.update(context.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Whether {@code signature} is {@link #signature(String, String)} of the value, compared in constant time. */
    public boolean verify(String value, String context, String signature) {
        return signature != null && MessageDigest.isEqual(signature(value, context).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    /** The encrypted, versioned text form of {@code plaintext}, bound to {@code context}. */
    public String seal(String plaintext, String context) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] ciphertext = run(Cipher.ENCRYPT_MODE, iv, context, plaintext.getBytes(StandardCharsets.UTF_8));
        byte[] sealed = ByteBuffer.allocate(IV_BYTES + ciphertext.length).put(iv).put(ciphertext).array();
        return VERSION + Base64.getEncoder().encodeToString(sealed);
    }

    /** The plaintext of a value sealed with the same key and context; fails if it was altered. */
    public String open(String sealed, String context) {
        if (sealed == null || !sealed.startsWith(VERSION)) {
            throw new IllegalStateException("A stored secret is not in a known format (expected " + VERSION + ")");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("A stored secret is not valid base64", e);
        }
        if (bytes.length <= IV_BYTES) {
            throw new IllegalStateException("A stored secret is too short to be sealed");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        byte[] iv = new byte[IV_BYTES];
        buffer.get(iv);
        byte[] ciphertext = new byte[buffer.remaining()];
        buffer.get(ciphertext);
        return new String(run(Cipher.DECRYPT_MODE, iv, context, ciphertext), StandardCharsets.UTF_8);
    }

    private byte[] run(int mode, byte[] iv, String context, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "A stored secret could not be decrypted: it was altered, or sealed with another key", e);
        }
    }

    private static byte[] decodeKey(String base64) {
        String required = "lyrox.security.encryption-key (LYROX_ENCRYPTION_KEY) is required: "
                + "a base64 key of exactly 32 bytes; make one with: openssl rand -base64 32";
        if (!StringUtils.hasText(base64)) {
            throw new IllegalStateException(required);
        }
        try {
            byte[] key = Base64.getDecoder().decode(base64.trim());
            if (key.length != KEY_BYTES) {
                throw new IllegalStateException(required + " (the key given has " + key.length + " bytes)");
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(required + " (the key given is not base64)", e);
        }
    }
}
