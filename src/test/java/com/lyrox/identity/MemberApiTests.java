package com.lyrox.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.lyrox.support.Api;
import com.lyrox.support.Api.Account;
import com.lyrox.support.Api.Reply;
import com.lyrox.support.LyroxTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@LyroxTest
class MemberApiTests {

    static final String PASSWORD = "another-long-secret";

    @Autowired
    Api api;

    @Test
    void anOwnerListsTheMembersOldestFirstInPages() {
        Account owner = api.signUp();
        Account agent = api.member(owner, "AGENT");
        var list = api.get("/api/v1/members?size=10", owner.accessToken());

        assertThat(list.status()).isEqualTo(200);
        assertThat((Integer) list.read("$.page")).isZero();
        assertThat((Integer) list.read("$.size")).isEqualTo(10);
        assertThat((Integer) list.read("$.total")).isEqualTo(2);
        assertThat(list.text("$.items[0].userId")).isEqualTo(owner.userId().toString());
        assertThat(list.text("$.items[0].email")).isEqualTo(owner.email());
        assertThat(list.text("$.items[0].role")).isEqualTo("OWNER");
        assertThat(list.text("$.items[1].userId")).isEqualTo(agent.userId().toString());
        assertThat(list.text("$.items[1].role")).isEqualTo("AGENT");
        assertThat(list.text("$.items[1].status")).isEqualTo("ACTIVE");
    }

    @Test
    void invitingANewEmailAnswersAnInvitationTokenAndAnInvitedMember() {
        Account owner = api.signUp();
        String email = newEmail();
        var invited = invite(owner, email, "AGENT");

        assertThat(invited.status()).isEqualTo(201);
        assertThat(invited.text("$.inviteToken")).startsWith("inv_");
        assertThat(invited.text("$.inviteExpiresAt")).isNotBlank();
        assertThat(invited.text("$.member.email")).isEqualTo(email);
        assertThat(invited.text("$.member.role")).isEqualTo("AGENT");
        assertThat(invited.text("$.member.status")).isEqualTo("INVITED");

        var list = api.get("/api/v1/members", owner.accessToken());
        assertThat((Integer) list.read("$.total")).isEqualTo(2);
        assertThat(list.text("$.items[1].status")).isEqualTo("INVITED");
    }

    @Test
    void acceptingAnInvitationSignsThePersonInToThatCompanyWithTheInvitedRole() {
        Account owner = api.signUp();
        String email = newEmail();
        String token = invite(owner, email, "AGENT").text("$.inviteToken");

        var session = acceptInvite(token);
        assertThat(session.status()).isEqualTo(200);
        assertThat(session.text("$.user.email")).isEqualTo(email);
        assertThat(session.text("$.user.name")).isEqualTo("Ana Ruiz");
        assertThat(session.text("$.company.id")).isEqualTo(owner.companyId().toString());
        assertThat(session.text("$.company.role")).isEqualTo("AGENT");
        assertThat(api.get("/api/v1/me", session.text("$.accessToken")).text("$.company.role")).isEqualTo("AGENT");

        Account joined = api.login(email, PASSWORD, null);
        assertThat(joined.companyId()).isEqualTo(owner.companyId());
        assertThat(api.get("/api/v1/members", owner.accessToken()).text("$.items[1].status")).isEqualTo("ACTIVE");
    }

    @Test
    void aBadOrAlreadyUsedInvitationTokenIsRejectedNamingTheToken() {
        var bad = acceptInvite("inv_not-a-real-token");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text("$.type")).endsWith("/validation");
        assertThat(bad.text("$.errors[0].field")).isEqualTo("token");

        Account owner = api.signUp();
        String token = invite(owner, newEmail(), "VIEWER").text("$.inviteToken");
        assertThat(acceptInvite(token).status()).isEqualTo(200);
        var used = acceptInvite(token);
        assertThat(used.status()).isEqualTo(400);
        assertThat(used.text("$.errors[0].field")).isEqualTo("token");
    }

    @Test
    void invitingSomeoneWhoHasAnAccountAddsThemWithoutAnInvitation() {
        Account owner = api.signUp();
        Account person = api.signUp();
        var invited = invite(owner, person.email(), "VIEWER");

        assertThat(invited.status()).isEqualTo(201);
        assertThat(invited.<Map<String, Object>>read("$").get("inviteToken")).isNull();
        assertThat(invited.text("$.member.userId")).isEqualTo(person.userId().toString());
        assertThat(invited.text("$.member.status")).isEqualTo("ACTIVE");
        assertThat(invited.text("$.member.role")).isEqualTo("VIEWER");

        var session = api.post("/api/v1/auth/login", null, Map.of("email", person.email(),
                "password", person.password(), "companyId", owner.companyId().toString()));
        assertThat(session.status()).isEqualTo(200);
        assertThat(session.text("$.company.role")).isEqualTo("VIEWER");
    }

    @Test
    void reInvitingSomeoneWhoNeverAcceptedGivesThemANewInvitation() {
        Account owner = api.signUp();
        String email = newEmail();
        var first = invite(owner, email, "AGENT");
        UUID userId = UUID.fromString(first.text("$.member.userId"));
        assertThat(api.delete("/api/v1/members/" + userId, owner.accessToken()).status()).isEqualTo(204);

        var again = invite(owner, email, "AGENT");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.text("$.member.status")).isEqualTo("INVITED");
        assertThat(again.<Map<String, Object>>read("$").get("inviteToken"))
                .as("a person without a password can only join with an invitation token")
                .isNotNull();
        var session = acceptInvite(again.text("$.inviteToken"));
        assertThat(session.status()).isEqualTo(200);
        assertThat(session.text("$.company.id")).isEqualTo(owner.companyId().toString());
    }

    @Test
    void invitingSomeoneWhoIsAlreadyAMemberIsAConflict() {
        Account owner = api.signUp();
        Account agent = api.member(owner, "AGENT");
        var again = invite(owner, agent.email(), "ADMIN");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("$.type")).endsWith("/conflict");
        assertThat(again.text("$.errors[0].field")).isEqualTo("email");
        assertThat(invite(owner, owner.email(), "AGENT").status()).isEqualTo(409);
        assertThat(roles(owner)).containsExactly("OWNER", "AGENT");
    }

    @Test
    void anOwnerChangesAMembersRole() {
        Account owner = api.signUp();
        Account agent = api.member(owner, "AGENT");
        var changed = api.patch("/api/v1/members/" + agent.userId(), owner.accessToken(), Map.of("role", "ADMIN"));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.text("$.userId")).isEqualTo(agent.userId().toString());
        assertThat(changed.text("$.role")).isEqualTo("ADMIN");
        assertThat(roles(owner)).containsExactly("OWNER", "ADMIN");
        var nextSession = api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", agent.refreshToken()));
        assertThat(nextSession.text("$.company.role")).isEqualTo("ADMIN");
    }

    @Test
    void theOnlyOwnerCanBeNeitherDemotedNorRemoved() {
        Account owner = api.signUp();
        api.member(owner, "ADMIN");

        var demoted = api.patch("/api/v1/members/" + owner.userId(), owner.accessToken(), Map.of("role", "ADMIN"));
        assertThat(demoted.status()).isEqualTo(409);
        assertThat(demoted.text("$.type")).endsWith("/conflict");
        assertThat(demoted.text("$.errors[0].field")).isEqualTo("role");

        var removed = api.delete("/api/v1/members/" + owner.userId(), owner.accessToken());
        assertThat(removed.status()).isEqualTo(409);
        assertThat(removed.text("$.type")).endsWith("/conflict");
        assertThat(roles(owner)).containsExactly("OWNER", "ADMIN");
    }

    @Test
    void anAdminCannotGrantOwner() {
        Account owner = api.signUp();
        Account admin = api.member(owner, "ADMIN");
        Account agent = api.member(owner, "AGENT");

        var promoted = api.patch("/api/v1/members/" + agent.userId(), admin.accessToken(), Map.of("role", "OWNER"));
        assertThat(promoted.status()).isEqualTo(403);
        assertThat(promoted.text("$.type")).endsWith("/forbidden");
        assertThat(invite(admin, newEmail(), "OWNER").status()).isEqualTo(403);
        assertThat(roles(owner)).containsExactly("OWNER", "ADMIN", "AGENT");
    }

    @Test
    void anAgentCannotInvite() {
        Account owner = api.signUp();
        Account agent = api.member(owner, "AGENT");
        var reply = invite(agent, newEmail(), "VIEWER");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.text("$.type")).endsWith("/forbidden");
        assertThat(roles(owner)).containsExactly("OWNER", "AGENT");
    }

    @Test
    void aViewerCannotInvite() {
        Account owner = api.signUp();
        Account viewer = api.member(owner, "VIEWER");
        var reply = invite(viewer, newEmail(), "VIEWER");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.text("$.type")).endsWith("/forbidden");
        assertThat(roles(owner)).containsExactly("OWNER", "VIEWER");
    }

    @Test
    void refusesCallersWithoutCredentials() {
        var list = api.get("/api/v1/members", null);
        assertThat(list.status()).isEqualTo(401);
        assertThat(list.text("$.type")).endsWith("/unauthorized");
        assertThat(api.post("/api/v1/members", null, Map.of("email", newEmail(), "role", "AGENT")).status())
                .isEqualTo(401);
    }

    @Test
    void anotherCompanysMemberIsIndistinguishableFromAMissingOne() {
        Account a = api.signUp();
        Account b = api.signUp();
        Account memberOfB = api.member(b, "AGENT");

        var foreignPatch = api.patch("/api/v1/members/" + memberOfB.userId(), a.accessToken(), Map.of("role", "VIEWER"));
        var missingPatch = api.patch("/api/v1/members/" + UUID.randomUUID(), a.accessToken(), Map.of("role", "VIEWER"));
        assertThat(foreignPatch.status()).isEqualTo(missingPatch.status()).isEqualTo(404);
        assertThat(foreignPatch.text("$.detail")).isEqualTo(missingPatch.text("$.detail")).isEqualTo("Member not found");

        var foreignDelete = api.delete("/api/v1/members/" + memberOfB.userId(), a.accessToken());
        var missingDelete = api.delete("/api/v1/members/" + UUID.randomUUID(), a.accessToken());
        assertThat(foreignDelete.status()).isEqualTo(missingDelete.status()).isEqualTo(404);
        assertThat(foreignDelete.text("$.detail")).isEqualTo(missingDelete.text("$.detail")).isEqualTo("Member not found");

        assertThat(roles(b)).containsExactly("OWNER", "AGENT");
    }

    @Test
    void removingAMemberEndsTheirSessionsInThatCompanyOnly() {
        Account owner = api.signUp();
        Account person = api.signUp();
        assertThat(invite(owner, person.email(), "AGENT").status()).isEqualTo(201);
        Account inOwnersCompany = api.login(person.email(), person.password(), owner.companyId());

        var removed = api.delete("/api/v1/members/" + person.userId(), owner.accessToken());
        assertThat(removed.status()).isEqualTo(204);
        assertThat(roles(owner)).containsExactly("OWNER");

        var refreshThere = api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", inOwnersCompany.refreshToken()));
        assertThat(refreshThere.status()).isEqualTo(401);
        assertThat(refreshThere.text("$.type")).endsWith("/unauthorized");
        var refreshAtHome = api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", person.refreshToken()));
        assertThat(refreshAtHome.status()).isEqualTo(200);
        assertThat(refreshAtHome.text("$.company.id")).isEqualTo(person.companyId().toString());
    }

    private Reply invite(Account by, String email, String role) {
        return api.post("/api/v1/members", by.accessToken(), Map.of("email", email, "role", role, "name", "Ana"));
    }

    private Reply acceptInvite(String token) {
        return api.post("/api/v1/auth/accept-invite", null, Map.of("token", token, "name", "Ana Ruiz", "password", PASSWORD));
    }

    private List<String> roles(Account owner) {
        return api.get("/api/v1/members", owner.accessToken()).read("$.items[*].role");
    }

    private static String newEmail() {
        return "invitee-" + UUID.randomUUID() + "@example.com";
    }

    @Test
    void anInvitedPersonWhoNeverJoinedCanStillSignUpOnTheirOwn() {
        Account owner = api.signUp();
        String email = "invited-" + UUID.randomUUID() + "@example.com";
        assertThat(api.post("/api/v1/members", owner.accessToken(), Map.of("email", email, "role", "AGENT")).status())
                .isEqualTo(201);

        var signUp = api.post("/api/v1/auth/signup", null, Map.of("email", email, "password", "my-own-password",
                "name", "Own", "companyName", "Own Company"));
        assertThat(signUp.status()).isEqualTo(201);
        assertThat(signUp.text("$.company.name")).isEqualTo("Own Company");
        var me = api.get("/api/v1/me", signUp.text("$.accessToken"));
        assertThat(me.body().read("$.companies[*].name", java.util.List.class)).containsExactly("Own Company");
    }
}
