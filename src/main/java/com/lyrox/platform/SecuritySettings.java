package com.lyrox.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lyrox.security.*}: token signing and lifetimes, the login brute-force guard and the key
 * that encrypts secrets at rest.
 *
 * @param jwtSecret          base64 HMAC key (at least 256 bits) that signs access tokens; required
 * @param accessTokenTtl     lifetime of an access token
 * @param refreshTokenTtl    lifetime of a refresh token family's newest token
 * @param inviteTtl          how long an invitation to join a company stays valid
 * @param loginMaxFailures   failed logins for one email within {@code loginFailureWindow} before 429
 * @param loginMaxFailuresPerIp failed logins from one IP address within the window before 429
 * @param loginFailureWindow the window failures are counted in
 * @param encryptionKey      base64 AES-256 key (32 bytes) that encrypts stored secrets such as channel tokens; required
 */
@ConfigurationProperties("lyrox.security")
public record SecuritySettings(
        String jwtSecret,
        @DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue("30d") Duration refreshTokenTtl,
        @DefaultValue("7d") Duration inviteTtl,
        @DefaultValue("5") int loginMaxFailures,
        @DefaultValue("20") int loginMaxFailuresPerIp,
        @DefaultValue("15m") Duration loginFailureWindow,
        String encryptionKey) {
}
