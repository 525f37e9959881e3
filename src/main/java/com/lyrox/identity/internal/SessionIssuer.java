package com.lyrox.identity.internal;

import com.lyrox.identity.Session;
import com.lyrox.platform.AccessTokens;
import com.lyrox.platform.SecuritySettings;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Issues the access token and the next refresh token of a family. */
@Component
class SessionIssuer {

    private final AccessTokens accessTokens;
    private final RefreshTokenRepository refreshTokens;
    private final SecuritySettings settings;
    private final Clock clock;

    SessionIssuer(AccessTokens accessTokens, RefreshTokenRepository refreshTokens, SecuritySettings settings,
                  Clock clock) {
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.settings = settings;
        this.clock = clock;
    }

    /** A new sign-in: a new refresh-token family. */
    Session start(User user, Session.CompanyMembership company) {
        return continueFamily(UUID.randomUUID(), user, company);
    }

    Session continueFamily(UUID familyId, User user, Session.CompanyMembership company) {
        String refreshToken = Secrets.random();
        refreshTokens.save(new RefreshToken(familyId, user.id(), company.id(), Secrets.hash(refreshToken),
                clock.instant().plus(settings.refreshTokenTtl())));
        AccessTokens.IssuedToken access = accessTokens.issue(user.id(), company.id(), company.role());
        return new Session(access.value(), access.expiresAt(), refreshToken, "Bearer",
                new Session.UserSummary(user.id(), user.email(), user.name()), company);
    }
}
