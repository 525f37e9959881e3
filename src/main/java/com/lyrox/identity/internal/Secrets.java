package com.lyrox.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Random secrets and their stored form. High-entropy secrets are kept as SHA-256 hashes.
 * Secrets that must be resolved before any tenant is known (API keys, invitations) carry
 * their company's id in clear, {@code prefix + 32 hex + secret}, so the lookup itself runs
 * inside that company's tenant.
 */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int COMPANY_HEX = 32;

    private Secrets() {
    }

    /** A company's secret as parsed from its text form. */
    record ScopedSecret(UUID companyId, String text) {
    }

    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String scoped(String prefix, UUID companyId) {
        return prefix + companyId.toString().replace("-", "") + random();
    }

    static Optional<ScopedSecret> parseScoped(String prefix, String text) {
        if (text == null || !text.startsWith(prefix) || text.length() < prefix.length() + COMPANY_HEX + 20) {
            return Optional.empty();
        }
        String hex = text.substring(prefix.length(), prefix.length() + COMPANY_HEX);
        try {
            UUID companyId = new UUID(Long.parseUnsignedLong(hex.substring(0, 16), 16),
                    Long.parseUnsignedLong(hex.substring(16), 16));
            return Optional.of(new ScopedSecret(companyId, text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
