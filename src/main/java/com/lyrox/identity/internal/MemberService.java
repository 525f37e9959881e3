package com.lyrox.identity.internal;

import com.lyrox.identity.Session;
import com.lyrox.identity.Session.CompanyMembership;
import com.lyrox.identity.internal.MemberViews.Invited;
import com.lyrox.identity.internal.MemberViews.Member;
import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.PageResponse;
import com.lyrox.platform.Role;
import com.lyrox.platform.SecuritySettings;
import com.lyrox.platform.TenantContext;
import com.lyrox.tenants.Companies;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The members of the current company: invitations, role changes and removal. Only an OWNER
 * grants or takes away OWNER, and a company always keeps at least one OWNER.
 */
@Service
class MemberService {

    private static final String INVITE_PREFIX = "inv_";

    private final MembershipRepository memberships;
    private final UserRepository users;
    private final RefreshTokenRepository refreshTokens;
    private final ApiKeyRepository apiKeys;
    private final Companies companies;
    private final SessionIssuer sessions;
    private final PasswordEncoder passwords;
    private final SecuritySettings settings;
    private final TransactionTemplate tx;
    private final Clock clock;

    MemberService(MembershipRepository memberships, UserRepository users, RefreshTokenRepository refreshTokens,
                  ApiKeyRepository apiKeys, Companies companies, SessionIssuer sessions, PasswordEncoder passwords,
                  SecuritySettings settings, TransactionTemplate tx, Clock clock) {
        this.memberships = memberships;
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.apiKeys = apiKeys;
        this.companies = companies;
        this.sessions = sessions;
        this.passwords = passwords;
        this.settings = settings;
        this.tx = tx;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    PageResponse<Member> list(Pageable pageable) {
        Page<Membership> page = memberships.findAllBy(pageable);
        Map<UUID, User> people = users.findAllById(page.map(Membership::userId).getContent()).stream()
                .collect(Collectors.toMap(User::id, Function.identity()));
        return PageResponse.of(page, membership -> view(membership, people.get(membership.userId())));
    }

    /**
     * Someone who can already sign in joins at once; anyone else (new, or invited before and
     * never joined) gets an invitation token to set a password with.
     */
    @Transactional
    Invited invite(MemberViews.Invite request, Role callerRole) {
        requireMayAssign(callerRole, request.role());
        User user = users.findByEmail(request.email()).orElse(null);
        if (user != null && memberships.findByUserId(user.id()).isPresent()) {
            throw ApiProblem.conflict("email", "This person is already a member");
        }
        if (user != null && user.canSignIn()) {
            Membership membership = memberships.saveAndFlush(new Membership(user.id(), request.role()));
            return new Invited(view(membership, user), null, null);
        }
        User invited = user != null ? user : users.save(User.invited(request.email(), request.name()));
        Membership membership = new Membership(invited.id(), request.role());
        String token = Secrets.scoped(INVITE_PREFIX, TenantContext.requireCompanyId());
        Instant expiresAt = clock.instant().plus(settings.inviteTtl());
        membership.invite(Secrets.hash(token), expiresAt);
        memberships.saveAndFlush(membership);
        return new Invited(view(membership, invited), token, expiresAt);
    }

    /**
     * Joins the company of an invitation: a new person sets name and password; someone who
     * has an account meanwhile proves it with their password.
     */
    Session acceptInvitation(AuthRequests.AcceptInvite request) {
        PasswordRule.check(request.password());
        var secret = Secrets.parseScoped(INVITE_PREFIX, request.token()).orElseThrow(MemberService::badInvitation);
        return TenantContext.callAs(secret.companyId(), null, () -> tx.execute(status -> {
            Membership membership = memberships.findByInviteTokenHash(Secrets.hash(secret.text()))
                    .filter(m -> m.invitationValidAt(clock.instant()))
                    .orElseThrow(MemberService::badInvitation);
            User user = users.findById(membership.userId()).orElseThrow(MemberService::badInvitation);
            if (user.status() == User.Status.INVITED) {
                user.acceptInvitation(request.name().trim(), passwords.encode(request.password()));
            } else if (!user.canSignIn() || !passwords.matches(request.password(), user.passwordHash())) {
                throw ApiProblem.unauthorized("This email already has an account: give its password to join");
            }
            user.signedIn(secret.companyId(), clock.instant());
            membership.invitationAccepted();
            var company = companies.find(secret.companyId()).orElseThrow(MemberService::badInvitation);
            return sessions.start(user, new CompanyMembership(company.id(), company.name(), membership.role()));
        }));
    }

    @Transactional
    Member changeRole(UUID userId, Role newRole, Role callerRole) {
        Membership membership = memberships.findByUserId(userId).orElseThrow(() -> ApiProblem.notFound("Member"));
        requireMayAssign(callerRole, membership.role());
        requireMayAssign(callerRole, newRole);
        if (membership.role() == Role.OWNER && newRole != Role.OWNER) {
            requireAnotherOwner();
        }
        membership.changeRole(newRole);
        return view(membership, users.findById(userId).orElseThrow());
    }

    /** Ends the member's sessions in this company and revokes the API keys they created. */
    @Transactional
    void remove(UUID userId, Role callerRole) {
        Membership membership = memberships.findByUserId(userId).orElseThrow(() -> ApiProblem.notFound("Member"));
        requireMayAssign(callerRole, membership.role());
        if (membership.role() == Role.OWNER) {
            requireAnotherOwner();
        }
        memberships.delete(membership);
        refreshTokens.revokeAllOf(userId, TenantContext.requireCompanyId(), clock.instant());
        apiKeys.revokeCreatedBy(userId, clock.instant());
    }

    private void requireAnotherOwner() {
        if (memberships.countByRole(Role.OWNER) <= 1) {
            throw ApiProblem.conflict("role", "A company needs at least one OWNER; make someone else OWNER first");
        }
    }

    private static void requireMayAssign(Role callerRole, Role role) {
        if (role == Role.OWNER && callerRole != Role.OWNER) {
            throw ApiProblem.forbidden("Only an OWNER may grant, change or remove the OWNER role");
        }
    }

    private static Member view(Membership membership, User user) {
        return new Member(membership.userId(), user.email(), user.name(), membership.role(),
                user.status() == User.Status.INVITED ? "INVITED" : "ACTIVE", membership.getCreatedAt());
    }

    private static ApiProblem badInvitation() {
        return ApiProblem.invalid("token", "is not a valid invitation, or it has expired or been used");
    }
}
