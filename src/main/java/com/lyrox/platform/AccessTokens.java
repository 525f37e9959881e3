package com.lyrox.platform;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.io.Decoders;
import io.jsonwebtoken.security.Keys;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** Issues and verifies the short-lived JWT access tokens that carry user, company and role. */
@Component
public class AccessTokens {

    private static final String ISSUER = "lyrox";
    private static final String COMPANY = "cid";
    private static final String ROLE = "role";

    private final SecretKey key;
    private final SecuritySettings settings;
    private final Clock clock;

    public AccessTokens(SecuritySettings settings, Clock clock) {
        if (!StringUtils.hasText(settings.jwtSecret())) {
            throw new IllegalStateException(
                    "lyrox.security.jwt-secret (LYROX_JWT_SECRET) is required: a base64 key of at least 32 bytes");
        }
        this.key = Keys.hmacShaKeyFor(Decoders.BASE64.decode(settings.jwtSecret()));
        this.settings = settings;
        this.clock = clock;
    }

    /** A signed token and when it expires. */
    public record IssuedToken(String value, Instant expiresAt) {
    }

    public IssuedToken issue(UUID userId, UUID companyId, Role role) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(settings.accessTokenTtl());
        String token = Jwts.builder()
                .issuer(ISSUER)
                .subject(userId.toString())
                .claim(COMPANY, companyId.toString())
                .claim(ROLE, role.name())
                .issuedAt(Date.from(now))
                .expiration(Date.from(expiresAt))
                .signWith(key)
                .compact();
        return new IssuedToken(token, expiresAt);
    }

    /** A valid token: the caller it names and when it stops being valid. */
    public record VerifiedToken(AuthenticatedCaller caller, Instant expiresAt) {
    }

    /** The caller a valid token names, or empty when it is forged, expired or malformed. */
    public Optional<AuthenticatedCaller> verify(String token) {
        return verifyWithExpiry(token).map(VerifiedToken::caller);
    }

    /**
     * Like {@link #verify}, with the token's expiry: a connection that outlives one request (the
     * live stream) must end when its token does.
     */
    public Optional<VerifiedToken> verifyWithExpiry(String token) {
        try {
            Claims claims = Jwts.parser()
                    .verifyWith(key)
                    .requireIssuer(ISSUER)
                    .clock(() -> Date.from(clock.instant()))
                    .build()
                    .parseSignedClaims(token)
                    .getPayload();
            AuthenticatedCaller caller = new AuthenticatedCaller(
                    UUID.fromString(claims.getSubject()),
                    UUID.fromString(claims.get(COMPANY, String.class)),
                    Role.valueOf(claims.get(ROLE, String.class)),
                    null);
            return Optional.of(new VerifiedToken(caller, claims.getExpiration().toInstant()));
        } catch (JwtException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
