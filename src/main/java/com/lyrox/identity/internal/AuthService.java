package com.lyrox.identity.internal;

import com.lyrox.identity.Accounts;
import com.lyrox.identity.Session;
import com.lyrox.identity.Session.CompanyMembership;
import com.lyrox.identity.SignUpRequest;
import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.Role;
import com.lyrox.platform.TenantContext;
import com.lyrox.tenants.Companies;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-up, login and switching company. Each step binds the tenant it works in before its
 * transaction starts, so Hibernate and row-level security see the right company.
 */
@Service
class AuthService implements Accounts {

    private final UserRepository users;
    private final MembershipRepository memberships;
    private final MembershipDirectory directory;
    private final Companies companies;
    private final SessionIssuer sessions;
    private final LoginThrottle throttle;
    private final PasswordEncoder passwords;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String unknownUserHash;

    AuthService(UserRepository users, MembershipRepository memberships, MembershipDirectory directory,
                Companies companies, SessionIssuer sessions, LoginThrottle throttle, PasswordEncoder passwords,
                TransactionTemplate tx, Clock clock) {
        this.users = users;
        this.memberships = memberships;
        this.directory = directory;
        this.companies = companies;
        this.sessions = sessions;
        this.throttle = throttle;
        this.passwords = passwords;
        this.tx = tx;
        this.clock = clock;
        this.unknownUserHash = passwords.encode(Secrets.random());
    }

    @Override
    public Session signUp(SignUpRequest request) {
        PasswordRule.check(request.password());
        UUID companyId = UUID.randomUUID();
        UUID userId = UUID.randomUUID();
        try {
            return TenantContext.callAs(companyId, userId, () -> tx.execute(status -> {
                User user = users.findByEmail(request.email()).map(invited -> claim(invited, request))
                        .orElseGet(() -> users.saveAndFlush(User.active(userId, request.email(),
                                passwords.encode(request.password()), request.name().trim())));
                var company = companies.register(companyId, request.companyName(), user.id());
                memberships.save(new Membership(user.id(), Role.OWNER));
                user.signedIn(companyId, clock.instant());
                return sessions.start(user, new CompanyMembership(company.id(), company.name(), Role.OWNER));
            }));
        } catch (DataIntegrityViolationException e) {
            throw emailTaken();
        }
    }

    /**
     * An invited person who never joined may still sign up on their own; their pending
     * invitations stay pending (they join those companies only with the invitation).
     */
    private User claim(User existing, SignUpRequest request) {
        if (existing.status() != User.Status.INVITED) {
            throw emailTaken();
        }
        existing.acceptInvitation(request.name().trim(), passwords.encode(request.password()));
        return existing;
    }

    @Override
    public boolean emailTaken(String email) {
        return Boolean.TRUE.equals(tx.execute(status -> users.findByEmail(email).isPresent()));
    }

    Session login(AuthRequests.Login request, String clientIp) {
        throttle.attempt(request.email(), clientIp);
        Optional<User> user = tx.execute(status -> users.findByEmail(request.email()));
        boolean passwordMatches = passwords.matches(request.password(),
                user.filter(User::canSignIn).map(User::passwordHash).orElse(unknownUserHash));
        if (user.isEmpty() || !user.get().canSignIn() || !passwordMatches) {
            throw ApiProblem.unauthorized("The email or the password is wrong");
        }
        throttle.succeeded(request.email(), clientIp);
        UUID userId = user.get().id();
        return TenantContext.callAs(null, userId, () -> tx.execute(status -> {
            User signingIn = users.findById(userId).orElseThrow();
            List<CompanyMembership> mine = directory.companiesOf(userId);
            CompanyMembership company = choose(mine, request.companyId(), signingIn.lastCompanyId());
            signingIn.signedIn(company.id(), clock.instant());
            return sessions.start(signingIn, company);
        }));
    }

    Session switchCompany(UUID userId, UUID companyId) {
        return TenantContext.callAs(companyId, userId, () -> tx.execute(status -> {
            User user = users.findById(userId).orElseThrow(() -> ApiProblem.unauthorized("Sign in again"));
            CompanyMembership company = directory.companiesOf(userId).stream()
                    .filter(c -> c.id().equals(companyId)).findFirst()
                    .orElseThrow(() -> ApiProblem.notFound("Company"));
            user.signedIn(companyId, clock.instant());
            return sessions.start(user, company);
        }));
    }

    MeView me(UUID userId, UUID companyId, Role role) {
        return tx.execute(status -> {
            var company = companies.find(companyId).orElseThrow(() -> ApiProblem.notFound("Company"));
            var current = new CompanyMembership(company.id(), company.name(), role);
            if (userId == null) {
                return new MeView(null, current, List.of(current));
            }
            User user = users.findById(userId).orElseThrow(() -> ApiProblem.unauthorized("Sign in again"));
            return new MeView(new Session.UserSummary(user.id(), user.email(), user.name()), current,
                    directory.companiesOf(userId));
        });
    }

    private static CompanyMembership choose(List<CompanyMembership> mine, UUID requested, UUID last) {
        if (mine.isEmpty()) {
            throw ApiProblem.forbidden("You do not belong to any company any more; ask an owner to invite you");
        }
        if (requested != null) {
            return mine.stream().filter(c -> c.id().equals(requested)).findFirst()
                    .orElseThrow(() -> ApiProblem.notFound("Company"));
        }
        return mine.stream().filter(c -> c.id().equals(last)).findFirst().orElse(mine.get(0));
    }

    private static ApiProblem emailTaken() {
        return ApiProblem.conflict("email", "An account with this email already exists; sign in instead");
    }
}
