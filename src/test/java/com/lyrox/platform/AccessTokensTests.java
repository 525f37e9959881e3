package com.lyrox.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccessTokensTests {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[48]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("another-key-of-forty-eight-bytes-length-1234567".getBytes());
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static AccessTokens tokens(String key, Instant now) {
        SecuritySettings settings = new SecuritySettings(key, Duration.ofMinutes(15), Duration.ofDays(30),
                Duration.ofDays(7), 5, 20, Duration.ofMinutes(15), null);
        return new AccessTokens(settings, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aTokenCarriesUserCompanyAndRoleForFifteenMinutes() {
        UUID user = UUID.randomUUID();
        UUID company = UUID.randomUUID();
        AccessTokens.IssuedToken token = tokens(KEY, NOW).issue(user, company, Role.AGENT);

        assertThat(token.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(tokens(KEY, NOW.plusSeconds(60)).verify(token.value()))
                .contains(new AuthenticatedCaller(user, company, Role.AGENT, null));
    }

    @Test
    void tellsWhenAValidTokenExpires() {
        UUID user = UUID.randomUUID();
        UUID company = UUID.randomUUID();
        String token = tokens(KEY, NOW).issue(user, company, Role.VIEWER).value();

        assertThat(tokens(KEY, NOW.plusSeconds(60)).verifyWithExpiry(token)).contains(new AccessTokens.VerifiedToken(
                new AuthenticatedCaller(user, company, Role.VIEWER, null), NOW.plus(Duration.ofMinutes(15))));
        assertThat(tokens(KEY, NOW.plus(Duration.ofMinutes(16))).verifyWithExpiry(token)).isEmpty();
    }

    @Test
    void rejectsExpiredForgedAndMalformedTokens() {
        String token = tokens(KEY, NOW).issue(UUID.randomUUID(), UUID.randomUUID(), Role.OWNER).value();

        assertThat(tokens(KEY, NOW.plus(Duration.ofMinutes(16))).verify(token)).isEmpty();
        assertThat(tokens(OTHER_KEY, NOW).verify(token)).isEmpty();
        assertThat(tokens(KEY, NOW).verify("not.a.jwt")).isEmpty();
        assertThat(tokens(KEY, NOW).verify(token.substring(0, token.length() - 2) + "xx")).isEmpty();
    }

    @Test
    void refusesToStartWithoutASigningKey() {
        assertThatThrownBy(() -> tokens("", NOW))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LYROX_JWT_SECRET");
    }
}
