package com.lyrox.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.lyrox.support.Api;
import com.lyrox.support.Api.Account;
import com.lyrox.support.Api.Reply;
import com.lyrox.support.LyroxTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

@LyroxTest
class ApiKeyApiTests {

    @Autowired
    Api api;

    @Test
    void anOwnerOrAdminCreatesAKeyAndSeesItsSecretOnce() {
        Account owner = api.signUp();
        var created = createKey(owner, "Zapier", "AGENT");

        assertThat(created.status()).isEqualTo(201);
        String key = created.text("$.key");
        assertThat(key).startsWith("lyx_");
        assertThat(created.text("$.apiKey.lastFour")).isEqualTo(key.substring(key.length() - 4));
        assertThat(created.text("$.apiKey.name")).isEqualTo("Zapier");
        assertThat(created.text("$.apiKey.role")).isEqualTo("AGENT");

        Account admin = api.member(owner, "ADMIN");
        var byAdmin = api.post("/api/v1/api-keys", admin.accessToken(), Map.of("name", "Make"));
        assertThat(byAdmin.status()).isEqualTo(201);
        assertThat(byAdmin.text("$.apiKey.role")).isEqualTo("AGENT");
        assertThat(byAdmin.text("$.key")).startsWith("lyx_").isNotEqualTo(key);
    }

    @Test
    void theListNeverShowsTheSecret() {
        Account owner = api.signUp();
        var created = createKey(owner, "Zapier", "VIEWER");
        String key = created.text("$.key");

        var list = api.get("/api/v1/api-keys", owner.accessToken());
        assertThat(list.status()).isEqualTo(200);
        assertThat((Integer) list.read("$.total")).isEqualTo(1);
        assertThat(list.text("$.items[0].id")).isEqualTo(created.text("$.apiKey.id"));
        assertThat(list.text("$.items[0].lastFour")).isEqualTo(key.substring(key.length() - 4));
        assertThat(list.body().jsonString()).doesNotContain(key).doesNotContain("\"key\"");
    }

    @Test
    void aKeyActsForItsCompanyAndSeesOnlyItsProducts() {
        Account a = api.signUp();
        Account b = api.signUp();
        api.post("/api/v1/products", a.accessToken(), Api.productBody("Only A", "25.00"));
        UUID productOfB = api.post("/api/v1/products", b.accessToken(), Api.productBody("Only B", "25.00")).id();
        String key = createKey(a, "Reports", "VIEWER").text("$.key");

        var list = api.withApiKey(HttpMethod.GET, "/api/v1/products", key, null);
        assertThat(list.status()).isEqualTo(200);
        assertThat((Integer) list.read("$.total")).isEqualTo(1);
        assertThat(list.text("$.items[0].name")).isEqualTo("Only A");
        assertThat(api.withApiKey(HttpMethod.GET, "/api/v1/products/" + productOfB, key, null).status()).isEqualTo(404);

        var me = api.withApiKey(HttpMethod.GET, "/api/v1/me", key, null);
        assertThat(me.text("$.company.id")).isEqualTo(a.companyId().toString());
        assertThat(me.text("$.company.role")).isEqualTo("VIEWER");
    }

    @Test
    void aViewerKeyCannotCreateProducts() {
        Account owner = api.signUp();
        String key = createKey(owner, "Read only", "VIEWER").text("$.key");

        var reply = api.withApiKey(HttpMethod.POST, "/api/v1/products", key, Api.productBody("Nope", "25.00"));
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.text("$.type")).endsWith("/forbidden");
        assertThat((Integer) api.get("/api/v1/products", owner.accessToken()).read("$.total")).isZero();
    }

    @Test
    void aRevokedKeyNoLongerAuthenticates() {
        Account owner = api.signUp();
        var created = createKey(owner, "Old integration", "AGENT");
        String key = created.text("$.key");
        assertThat(api.withApiKey(HttpMethod.GET, "/api/v1/products", key, null).status()).isEqualTo(200);

        var revoked = api.delete("/api/v1/api-keys/" + created.text("$.apiKey.id"), owner.accessToken());
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.text("$.revokedAt")).isNotBlank();

        var after = api.withApiKey(HttpMethod.GET, "/api/v1/products", key, null);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.text("$.type")).endsWith("/unauthorized");
        assertThat(after.text("$.detail")).isEqualTo("The API key is invalid or revoked");
    }

    @Test
    void aGarbageOrForgedKeyIsUnauthorized() {
        Account owner = api.signUp();
        var garbage = api.withApiKey(HttpMethod.GET, "/api/v1/products", "not-a-key", null);
        assertThat(garbage.status()).isEqualTo(401);
        assertThat(garbage.text("$.type")).endsWith("/unauthorized");

        String forged = "lyx_" + owner.companyId().toString().replace("-", "") + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        var forgedReply = api.withApiKey(HttpMethod.GET, "/api/v1/products", forged, null);
        assertThat(forgedReply.status()).isEqualTo(401);
        assertThat(forgedReply.text("$.detail")).isEqualTo(garbage.text("$.detail"));
    }

    @Test
    void anAgentCanNeitherListNorCreateKeys() {
        Account owner = api.signUp();
        Account agent = api.member(owner, "AGENT");

        var list = api.get("/api/v1/api-keys", agent.accessToken());
        assertThat(list.status()).isEqualTo(403);
        assertThat(list.text("$.type")).endsWith("/forbidden");
        var create = createKey(agent, "Sneaky", "VIEWER");
        assertThat(create.status()).isEqualTo(403);
        assertThat(create.text("$.type")).endsWith("/forbidden");
        assertThat((Integer) api.get("/api/v1/api-keys", owner.accessToken()).read("$.total")).isZero();
    }

    @Test
    void anotherCompanysKeyIsIndistinguishableFromAMissingOne() {
        Account a = api.signUp();
        Account b = api.signUp();
        var created = createKey(a, "Mine", "ADMIN");

        var foreign = api.delete("/api/v1/api-keys/" + created.text("$.apiKey.id"), b.accessToken());
        var missing = api.delete("/api/v1/api-keys/" + UUID.randomUUID(), b.accessToken());
        assertThat(foreign.status()).isEqualTo(missing.status()).isEqualTo(404);
        assertThat(foreign.text("$.detail")).isEqualTo(missing.text("$.detail")).isEqualTo("API key not found");
        assertThat(api.withApiKey(HttpMethod.GET, "/api/v1/products", created.text("$.key"), null).status())
                .isEqualTo(200);
    }

    @Test
    void aKeyCannotBeOwner() {
        Account owner = api.signUp();
        var reply = createKey(owner, "Too powerful", "OWNER");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.text("$.type")).endsWith("/validation");
        assertThat(reply.text("$.errors[0].field")).isEqualTo("role");
        assertThat((Integer) api.get("/api/v1/api-keys", owner.accessToken()).read("$.total")).isZero();
    }

    @Test
    void refusesCallersWithoutCredentials() {
        var list = api.get("/api/v1/api-keys", null);
        assertThat(list.status()).isEqualTo(401);
        assertThat(list.text("$.type")).endsWith("/unauthorized");
        assertThat(api.post("/api/v1/api-keys", null, Map.of("name", "Anonymous")).status()).isEqualTo(401);
    }

    private Reply createKey(Account by, String name, String role) {
        return api.post("/api/v1/api-keys", by.accessToken(), Map.of("name", name, "role", role));
    }

    @Test
    void anApiKeyCannotManageKeysOrMembers() {
        Account owner = api.signUp();
        String key = createKey(owner, "Integration", "ADMIN").text("$.key");

        var reply = api.withApiKey(HttpMethod.POST, "/api/v1/api-keys", key, Map.of("name", "Offspring"));
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.text("$.detail")).contains("signed-in user");
        assertThat(api.withApiKey(HttpMethod.POST, "/api/v1/members", key,
                Map.of("email", "x-" + UUID.randomUUID() + "@example.com", "role", "ADMIN")).status()).isEqualTo(403);
        assertThat(api.withApiKey(HttpMethod.GET, "/api/v1/products", key, null).status()).isEqualTo(200);
    }

    @Test
    void removingAMemberRevokesTheKeysTheyCreated() {
        Account owner = api.signUp();
        Account admin = api.member(owner, "ADMIN");
        String key = createKey(admin, "Admin's integration", "AGENT").text("$.key");
        assertThat(api.withApiKey(HttpMethod.GET, "/api/v1/products", key, null).status()).isEqualTo(200);

        assertThat(api.delete("/api/v1/members/" + admin.userId(), owner.accessToken()).status()).isEqualTo(204);

        assertThat(api.withApiKey(HttpMethod.GET, "/api/v1/products", key, null).status()).isEqualTo(401);
    }
}
