package com.lyrox.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.lyrox.support.Api;
import com.lyrox.support.Api.Account;
import com.lyrox.support.Api.Reply;
import com.lyrox.support.LyroxTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@LyroxTest
class AuthApiTests {

    static final String PASSWORD = "correct-horse-battery";

    @Autowired
    Api api;

    @Autowired
    StringRedisTemplate redis;

    /** Failed logins are counted per email and per client IP, and every test class signs in from 127.0.0.1. */
    @BeforeEach
    @AfterEach
    void forgetFailedLogins() {
        redis.delete(redis.keys("login:fail:*"));
    }

    @Test
    void signUpAnswersASessionForTheNewCompanyWithTheUserAsOwner() {
        String email = "founder-" + UUID.randomUUID() + "@example.com";
        var reply = api.post("/api/v1/auth/signup", null,
                Map.of("email", email, "password", PASSWORD, "name", "Ana Ruiz", "companyName", "Ruiz Fitness"));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.text("$.accessToken")).isNotBlank();
        assertThat(reply.text("$.refreshToken")).isNotBlank();
        assertThat(reply.text("$.tokenType")).isEqualTo("Bearer");
        assertThat(reply.text("$.user.email")).isEqualTo(email);
        assertThat(reply.text("$.user.name")).isEqualTo("Ana Ruiz");
        assertThat(reply.text("$.company.name")).isEqualTo("Ruiz Fitness");
        assertThat(reply.text("$.company.role")).isEqualTo("OWNER");

        var me = api.get("/api/v1/me", reply.text("$.accessToken"));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("$.company.id")).isEqualTo(reply.text("$.company.id"));
    }

    @Test
    void signUpRejectsABadEmailAndAShortPasswordNamingBothFields() {
        var reply = api.post("/api/v1/auth/signup", null,
                Map.of("email", "not-an-email", "password", "short", "name", "Ana", "companyName", "Ruiz Fitness"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.text("$.type")).endsWith("/validation");
        List<String> fields = reply.read("$.errors[*].field");
        assertThat(fields).containsExactlyInAnyOrder("email", "password");
    }

    @Test
    void signUpWithAnEmailAlreadyTakenIsAConflictOnEmailWhateverItsCase() {
        Account existing = api.signUp();
        var reply = api.post("/api/v1/auth/signup", null, Map.of("email", existing.email().toUpperCase(),
                "password", PASSWORD, "name", "Someone Else", "companyName", "Copycat"));

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.text("$.type")).endsWith("/conflict");
        assertThat(reply.text("$.errors[0].field")).isEqualTo("email");
        assertThat(login(existing.email(), existing.password()).text("$.company.id"))
                .isEqualTo(existing.companyId().toString());
    }

    @Test
    void logsInWithTheRightPasswordToTheUsersCompany() {
        Account owner = api.signUp();
        var reply = login(owner.email(), owner.password());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.text("$.user.id")).isEqualTo(owner.userId().toString());
        assertThat(reply.text("$.company.id")).isEqualTo(owner.companyId().toString());
        assertThat(reply.text("$.company.role")).isEqualTo("OWNER");
        assertThat(reply.text("$.refreshToken")).isNotEqualTo(owner.refreshToken());
        assertThat(api.get("/api/v1/me", reply.text("$.accessToken")).status()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSame401() {
        Account owner = api.signUp();
        var wrongPassword = login(owner.email(), "not-the-password");
        var unknownEmail = login("nobody-" + UUID.randomUUID() + "@example.com", PASSWORD);

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.text("$.type")).endsWith("/unauthorized");
        assertThat(wrongPassword.text("$.detail")).isEqualTo("The email or the password is wrong");
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(unknownEmail.text("$.detail")).isEqualTo(wrongPassword.text("$.detail"));
    }

    @Test
    void theSixthWrongPasswordForAnEmailIsThrottledAndSoIsTheRightOne() {
        Account owner = api.signUp();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(login(owner.email(), "guess-" + attempt).status()).as("attempt %d", attempt).isEqualTo(401);
        }

        var sixth = login(owner.email(), "guess-6");
        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.text("$.type")).endsWith("/too-many-requests");
        assertThat(Long.parseLong(sixth.header("Retry-After"))).isBetween(1L, 15 * 60L);

        var rightPassword = login(owner.email(), owner.password());
        assertThat(rightPassword.status()).isEqualTo(429);
        assertThat(Long.parseLong(rightPassword.header("Retry-After"))).isPositive();
    }

    @Test
    void twentyFailuresFromOneAddressThrottleThatAddressWhateverTheEmail() {
        Account owner = api.signUp();
        for (int attempt = 1; attempt <= 20; attempt++) {
            assertThat(login("stranger-" + UUID.randomUUID() + "@example.com", PASSWORD).status())
                    .as("attempt %d", attempt).isEqualTo(401);
        }

        var fresh = login("stranger-" + UUID.randomUUID() + "@example.com", PASSWORD);
        assertThat(fresh.status()).isEqualTo(429);
        assertThat(Long.parseLong(fresh.header("Retry-After"))).isBetween(1L, 15 * 60L);
        assertThat(login(owner.email(), owner.password()).status()).isEqualTo(429);

        var elsewhere = loginFrom("203.0.113.7", owner.email(), owner.password());
        assertThat(elsewhere.status()).isEqualTo(200);
        assertThat(elsewhere.text("$.company.id")).isEqualTo(owner.companyId().toString());
    }

    @Test
    void refreshingAnswersANewPairAndSpendsTheOldRefreshToken() {
        Account owner = api.signUp();
        var refreshed = refresh(owner.refreshToken());

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.text("$.refreshToken")).isNotBlank().isNotEqualTo(owner.refreshToken());
        assertThat(refreshed.text("$.accessToken")).isNotBlank();
        assertThat(refreshed.text("$.company.id")).isEqualTo(owner.companyId().toString());
        assertThat(refreshed.text("$.company.role")).isEqualTo("OWNER");
        assertThat(api.get("/api/v1/me", refreshed.text("$.accessToken")).text("$.user.id"))
                .isEqualTo(owner.userId().toString());

        var again = refresh(owner.refreshToken());
        assertThat(again.status()).isEqualTo(401);
        assertThat(again.text("$.type")).endsWith("/unauthorized");
    }

    @Test
    void reusingARefreshTokenRevokesTheWholeFamily() {
        Account owner = api.signUp();
        Account otherSignIn = api.login(owner.email(), owner.password(), null);
        String newest = refresh(owner.refreshToken()).text("$.refreshToken");

        var replayed = refresh(owner.refreshToken());
        assertThat(replayed.status()).isEqualTo(401);
        assertThat(replayed.text("$.detail")).contains("already used");

        var newestAfterReplay = refresh(newest);
        assertThat(newestAfterReplay.status()).isEqualTo(401);
        assertThat(newestAfterReplay.text("$.type")).endsWith("/unauthorized");

        assertThat(refresh(otherSignIn.refreshToken()).status()).isEqualTo(200);
    }

    @Test
    void logoutEndsTheSignInItsRefreshTokenBelongsTo() {
        Account owner = api.signUp();
        Account otherSignIn = api.login(owner.email(), owner.password(), null);
        String current = refresh(owner.refreshToken()).text("$.refreshToken");

        var logout = api.post("/api/v1/auth/logout", null, Map.of("refreshToken", current));
        assertThat(logout.status()).isEqualTo(204);

        var afterLogout = refresh(current);
        assertThat(afterLogout.status()).isEqualTo(401);
        assertThat(afterLogout.text("$.type")).endsWith("/unauthorized");
        assertThat(refresh(otherSignIn.refreshToken()).status()).isEqualTo(200);
    }

    @Test
    void meAnswersTheUserTheCurrentCompanyAndEveryCompanyOfTheUser() {
        Account owner = api.signUp("Born Coaching");
        var me = api.get("/api/v1/me", owner.accessToken());

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("$.user.id")).isEqualTo(owner.userId().toString());
        assertThat(me.text("$.user.email")).isEqualTo(owner.email());
        assertThat(me.text("$.company.id")).isEqualTo(owner.companyId().toString());
        assertThat(me.text("$.company.name")).isEqualTo("Born Coaching");
        assertThat(me.text("$.company.role")).isEqualTo("OWNER");
        List<String> companies = me.read("$.companies[*].id");
        assertThat(companies).containsExactly(owner.companyId().toString());
    }

    @Test
    void meRefusesCallersWithoutCredentials() {
        var reply = api.get("/api/v1/me", null);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.text("$.type")).endsWith("/unauthorized");
    }

    @Test
    void meRefusesAGarbageBearerToken() {
        var reply = api.get("/api/v1/me", "not.a.jwt");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.text("$.type")).endsWith("/unauthorized");
        assertThat(reply.text("$.detail")).contains("access token is invalid");
    }

    @Test
    void switchingCompanyGivesASessionThereWithTheRoleThere() {
        Account person = api.signUp();
        Account owner = api.signUp();
        var invited = api.post("/api/v1/members", owner.accessToken(), Map.of("email", person.email(), "role", "AGENT"));
        assertThat(invited.status()).isEqualTo(201);

        var switched = api.post("/api/v1/auth/switch", person.accessToken(),
                Map.of("companyId", owner.companyId().toString()));
        assertThat(switched.status()).isEqualTo(200);
        assertThat(switched.text("$.company.id")).isEqualTo(owner.companyId().toString());
        assertThat(switched.text("$.company.role")).isEqualTo("AGENT");
        assertThat(switched.text("$.refreshToken")).isNotBlank();

        var me = api.get("/api/v1/me", switched.text("$.accessToken"));
        assertThat(me.text("$.user.id")).isEqualTo(person.userId().toString());
        assertThat(me.text("$.company.id")).isEqualTo(owner.companyId().toString());
        assertThat(me.text("$.company.role")).isEqualTo("AGENT");
        List<String> companies = me.read("$.companies[*].id");
        assertThat(companies).containsExactlyInAnyOrder(person.companyId().toString(), owner.companyId().toString());
    }

    @Test
    void switchingToACompanyTheUserDoesNotBelongToIsNotFound() {
        Account person = api.signUp();
        Account stranger = api.signUp();
        var reply = api.post("/api/v1/auth/switch", person.accessToken(),
                Map.of("companyId", stranger.companyId().toString()));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.text("$.type")).endsWith("/not-found");
        assertThat(reply.text("$.detail")).isEqualTo("Company not found");
        assertThat(api.get("/api/v1/me", person.accessToken()).text("$.company.id"))
                .isEqualTo(person.companyId().toString());
    }

    private Reply login(String email, String password) {
        return api.post("/api/v1/auth/login", null, Map.of("email", email, "password", password));
    }

    private Reply loginFrom(String address, String email, String password) {
        return api.raw(MockMvcRequestBuilders.post("/api/v1/auth/login")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password))
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    private Reply refresh(String refreshToken) {
        return api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", refreshToken));
    }

    @Test
    void parallelWrongPasswordsCannotSlipPastTheLimit() throws Exception {
        Account account = api.signUp();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.concurrent.Callable<Integer> attempt = () -> api.post("/api/v1/auth/login", null,
                    Map.of("email", account.email(), "password", "wrong-password")).status();
            var replies = pool.invokeAll(java.util.Collections.nCopies(16, attempt));
            long unauthorized = 0;
            for (var reply : replies) {
                unauthorized += reply.get() == 401 ? 1 : 0;
            }
            assertThat(unauthorized).isEqualTo(5);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aPasswordBcryptCannotHashWholeIsRefusedNotCrashedOn() {
        var reply = api.post("/api/v1/auth/signup", null, Map.of("email", "long-" + UUID.randomUUID() + "@example.com",
                "password", "ñ".repeat(40), "name", "Long", "companyName", "Long Co"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.text("$.errors[0].field")).isEqualTo("password");
    }
}
