package com.lyrox.identity.internal;

import com.lyrox.identity.Session;
import com.lyrox.identity.Session.CompanyMembership;
import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.TenantContext;
import com.lyrox.tenants.Companies;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rotating refresh tokens: each refresh spends the token and hands out the next one of its
 * family; a spent token coming back revokes the whole family (someone replayed it).
 */
@Service
class RefreshService {

    private final RefreshTokenRepository refreshTokens;
    private final UserRepository users;
    private final MembershipRepository memberships;
    private final Companies companies;
    private final SessionIssuer sessions;
    private final TransactionTemplate tx;
    private final Clock clock;

    RefreshService(RefreshTokenRepository refreshTokens, UserRepository users, MembershipRepository memberships,
                   Companies companies, SessionIssuer sessions, TransactionTemplate tx, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.users = users;
        this.memberships = memberships;
        this.companies = companies;
        this.sessions = sessions;
        this.tx = tx;
        this.clock = clock;
    }

    Session refresh(String token) {
        String hash = Secrets.hash(token);
        RefreshToken found = tx.execute(status -> refreshTokens.findByTokenHash(hash)).orElseThrow(RefreshService::invalid);
        Optional<Session> session = TenantContext.callAs(found.companyId(), found.userId(),
                () -> tx.execute(status -> rotate(hash)));
        return session.orElseThrow(() -> ApiProblem.unauthorized(
                "This refresh token was already used or revoked; every session of this sign-in has been ended. Sign in again"));
    }

    void logout(String token) {
        tx.executeWithoutResult(status -> refreshTokens.findByTokenHash(Secrets.hash(token))
                .ifPresent(found -> refreshTokens.revokeFamily(found.familyId(), clock.instant())));
    }

    /** The next session, or empty after revoking the family of a replayed token (committed). */
    private Optional<Session> rotate(String hash) {
        Instant now = clock.instant();
        RefreshToken token = refreshTokens.lockByTokenHash(hash).orElseThrow(RefreshService::invalid);
        if (token.alreadyUsedOrRevoked()) {
            refreshTokens.revokeFamily(token.familyId(), now);
            return Optional.empty();
        }
        if (!token.usableAt(now)) {
            throw ApiProblem.unauthorized("The refresh token has expired; sign in again");
        }
        token.markUsed(now);
        Optional<Membership> membership = memberships.findByUserId(token.userId());
        Optional<User> user = users.findById(token.userId()).filter(User::canSignIn);
        var company = companies.find(token.companyId());
        if (membership.isEmpty() || user.isEmpty() || company.isEmpty()) {
            refreshTokens.revokeFamily(token.familyId(), now);
            return Optional.empty();
        }
        return Optional.of(sessions.continueFamily(token.familyId(), user.get(),
                new CompanyMembership(company.get().id(), company.get().name(), membership.get().role())));
    }

    private static ApiProblem invalid() {
        return ApiProblem.unauthorized("The refresh token is not valid; sign in again");
    }
}
