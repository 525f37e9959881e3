package com.lyrox.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import com.lyrox.platform.TenantContext;
import com.lyrox.support.Api;
import com.lyrox.support.Api.Account;
import com.lyrox.support.LyroxTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@LyroxTest
class ChannelApiTests {

    private static final String ACCESS_TOKEN = "EAAG-access-token-" + UUID.randomUUID();
    private static final String APP_SECRET = "app-secret-" + UUID.randomUUID();
    private static final String VERIFY_TOKEN = "verify-" + UUID.randomUUID();

    @Autowired
    Api api;

    @Autowired
    Channels channels;

    @Autowired
    JdbcTemplate jdbc;

    static String phoneNumberId() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000_000L, 999_999_999_999_999L));
    }

    static Map<String, Object> channel(String name, String phoneNumberId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("phoneNumberId", phoneNumberId);
        body.put("displayPhoneNumber", "+1 555 000 1111");
        body.put("wabaId", "100000000000001");
        body.put("accessToken", ACCESS_TOKEN);
        body.put("appSecret", APP_SECRET);
        body.put("verifyToken", VERIFY_TOKEN + "-" + phoneNumberId);
        return body;
    }

    static Map<String, Object> withoutSecrets(Map<String, Object> body) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.remove("accessToken");
        copy.remove("appSecret");
        copy.remove("verifyToken");
        return copy;
    }

    static void assertNoSecrets(Api.Reply reply) throws Exception {
        assertThat(reply.raw().getContentAsString())
                .doesNotContain(ACCESS_TOKEN).doesNotContain(APP_SECRET).doesNotContain(VERIFY_TOKEN);
    }

    @Test
    void createsReadsListsUpdatesAndDeletesAChannel() {
        Account owner = api.signUp();
        String phone = phoneNumberId();
        var created = api.post("/api/v1/channels", owner.accessToken(), channel("Ventas Miami", phone));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("$.phoneNumberId")).isEqualTo(phone);
        assertThat(created.text("$.graphBaseUrl")).isEqualTo("https://graph.facebook.com");
        assertThat(created.text("$.graphVersion")).isEqualTo("v25.0");
        assertThat(created.text("$.status")).isEqualTo("CONNECTED");
        assertThat(created.text("$.webhookUrl")).isEqualTo("http://localhost/webhooks/whatsapp");
        assertThat((Boolean) created.read("$.accessTokenSet")).isTrue();
        assertThat((Boolean) created.read("$.appSecretSet")).isTrue();
        assertThat((Boolean) created.read("$.verifyTokenSet")).isTrue();
        UUID id = created.id();

        assertThat(api.get("/api/v1/channels/" + id, owner.accessToken()).text("$.name")).isEqualTo("Ventas Miami");

        Map<String, Object> renamed = withoutSecrets(channel("Ventas Caracas", phone));
        renamed.put("graphBaseUrl", "http://localhost:9999/");
        renamed.put("graphVersion", "v26.0");
        var updated = api.put("/api/v1/channels/" + id, owner.accessToken(), renamed);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.text("$.name")).isEqualTo("Ventas Caracas");
        assertThat(updated.text("$.graphBaseUrl")).isEqualTo("http://localhost:9999");
        assertThat(updated.text("$.graphVersion")).isEqualTo("v26.0");
        assertThat((Boolean) updated.read("$.accessTokenSet")).isTrue();
        assertThat(TenantContext.callAs(owner.companyId(), owner.userId(), () -> channels.credentials(id)))
                .hasValueSatisfying(credentials -> {
                    assertThat(credentials.accessToken()).isEqualTo(ACCESS_TOKEN);
                    assertThat(credentials.appSecret()).isEqualTo(APP_SECRET);
                    assertThat(credentials.graphBaseUrl()).isEqualTo("http://localhost:9999");
                });

        var list = api.get("/api/v1/channels?size=10", owner.accessToken());
        assertThat(list.status()).isEqualTo(200);
        assertThat((Integer) list.read("$.total")).isEqualTo(1);
        assertThat((Integer) list.read("$.size")).isEqualTo(10);
        assertThat(list.text("$.items[0].name")).isEqualTo("Ventas Caracas");

        assertThat(api.delete("/api/v1/channels/" + id, owner.accessToken()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/channels/" + id, owner.accessToken()).status()).isEqualTo(404);
        assertThat(channels.routeByPhoneNumberId(phone)).isEmpty();
    }

    @Test
    void neverAnswersWithATokenOrSecret() throws Exception {
        Account owner = api.signUp();
        Map<String, Object> body = channel("Ventas", phoneNumberId());
        var created = api.post("/api/v1/channels", owner.accessToken(), body);
        UUID id = created.id();

        assertNoSecrets(created);
        assertNoSecrets(api.get("/api/v1/channels/" + id, owner.accessToken()));
        assertNoSecrets(api.get("/api/v1/channels", owner.accessToken()));
        assertNoSecrets(api.put("/api/v1/channels/" + id, owner.accessToken(), body));
        assertNoSecrets(api.post("/api/v1/channels", owner.accessToken(), body));
        assertNoSecrets(api.put("/api/v1/channels/" + id, owner.accessToken(), Map.of("accessToken", ACCESS_TOKEN)));
        assertNoSecrets(api.delete("/api/v1/channels/" + id, owner.accessToken()));
    }

    @Test
    void keepsTokensEncryptedAndTheVerifyTokenHashed() {
        Account owner = api.signUp();
        Map<String, Object> body = channel("Ventas", phoneNumberId());
        UUID id = api.post("/api/v1/channels", owner.accessToken(), body).id();

        Map<String, Object> row = TenantContext.callAs(owner.companyId(), owner.userId(), () -> jdbc.queryForMap(
                "SELECT access_token_enc, app_secret_enc, verify_token_hash FROM channels WHERE id = ?", id));
        assertThat((String) row.get("access_token_enc")).startsWith("v1:").doesNotContain(ACCESS_TOKEN);
        assertThat((String) row.get("app_secret_enc")).startsWith("v1:").doesNotContain(APP_SECRET);
        assertThat((String) row.get("verify_token_hash")).hasSize(64).matches("[0-9a-f]+")
                .isNotEqualTo(body.get("verifyToken"));
        String routed = jdbc.queryForObject(
                "SELECT verify_token_hash FROM channel_routes WHERE channel_id = ?", String.class, id);
        assertThat(routed).isEqualTo(row.get("verify_token_hash"));
    }

    @Test
    void requiresEverySecretOnCreateNamingEachMissingOne() {
        Account owner = api.signUp();
        var reply = api.post("/api/v1/channels", owner.accessToken(), withoutSecrets(channel("Ventas", phoneNumberId())));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.text("$.type")).endsWith("/validation");
        assertThat(reply.<List<String>>read("$.errors[*].field"))
                .containsExactlyInAnyOrder("accessToken", "appSecret", "verifyToken");
        assertThat(reply.text("$.detail")).contains("accessToken").contains("appSecret").contains("verifyToken");
        assertThat((Integer) api.get("/api/v1/channels", owner.accessToken()).read("$.total")).isZero();
    }

    @Test
    void aPhoneNumberIdBelongsToOneCompany() {
        Account a = api.signUp();
        Account b = api.signUp();
        String phone = phoneNumberId();
        assertThat(api.post("/api/v1/channels", a.accessToken(), channel("A", phone)).status()).isEqualTo(201);

        var taken = api.post("/api/v1/channels", b.accessToken(), channel("B", phone));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.text("$.type")).endsWith("/conflict");
        assertThat(taken.text("$.errors[0].field")).isEqualTo("phoneNumberId");
        assertThat(taken.text("$.detail")).contains("phoneNumberId");
        assertThat(api.post("/api/v1/channels", a.accessToken(), channel("A again", phone)).status()).isEqualTo(409);

        UUID other = api.post("/api/v1/channels", b.accessToken(), channel("B", phoneNumberId())).id();
        var moved = api.put("/api/v1/channels/" + other, b.accessToken(), withoutSecrets(channel("B", phone)));
        assertThat(moved.status()).isEqualTo(409);
        assertThat(moved.text("$.errors[0].field")).isEqualTo("phoneNumberId");
        assertThat((Integer) api.get("/api/v1/channels", b.accessToken()).read("$.total")).isEqualTo(1);
        assertThat(channels.routeByPhoneNumberId(phone)).hasValueSatisfying(
                route -> assertThat(route.companyId()).isEqualTo(a.companyId()));
    }

    @Test
    void onlyOwnersAndAdminsSeeOrChangeChannels() {
        Account owner = api.signUp();
        UUID id = api.post("/api/v1/channels", owner.accessToken(), channel("Ventas", phoneNumberId())).id();
        for (String role : List.of("AGENT", "VIEWER")) {
            String token = api.member(owner, role).accessToken();
            assertThat(api.get("/api/v1/channels", token).status()).isEqualTo(403);
            assertThat(api.get("/api/v1/channels/" + id, token).status()).isEqualTo(403);
            assertThat(api.post("/api/v1/channels", token, channel("X", phoneNumberId())).status()).isEqualTo(403);
            assertThat(api.put("/api/v1/channels/" + id, token, channel("X", phoneNumberId())).status()).isEqualTo(403);
            var denied = api.delete("/api/v1/channels/" + id, token);
            assertThat(denied.status()).isEqualTo(403);
            assertThat(denied.text("$.type")).endsWith("/forbidden");
        }
        String admin = api.member(owner, "ADMIN").accessToken();
        assertThat(api.get("/api/v1/channels/" + id, admin).status()).isEqualTo(200);
        assertThat(api.put("/api/v1/channels/" + id, admin, withoutSecrets(channel("Admin's", phoneNumberId())))
                .status()).isEqualTo(200);
    }

    @Test
    void refusesCallersWithoutCredentials() {
        var reply = api.get("/api/v1/channels", null);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.text("$.type")).endsWith("/unauthorized");
        assertThat(api.post("/api/v1/channels", null, channel("Ventas", phoneNumberId())).status()).isEqualTo(401);
    }

    @Test
    void anotherCompanysChannelIsIndistinguishableFromAMissingOne() {
        Account a = api.signUp();
        Account b = api.signUp();
        String phone = phoneNumberId();
        UUID channelOfA = api.post("/api/v1/channels", a.accessToken(), channel("Secret", phone)).id();

        var foreign = api.get("/api/v1/channels/" + channelOfA, b.accessToken());
        var missing = api.get("/api/v1/channels/" + UUID.randomUUID(), b.accessToken());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.text("$.detail")).isEqualTo(missing.text("$.detail")).isEqualTo("Channel not found");
        assertThat(foreign.text("$.type")).isEqualTo(missing.text("$.type"));
        var hijack = api.put("/api/v1/channels/" + channelOfA, b.accessToken(), channel("Hijack", phoneNumberId()));
        assertThat(hijack.status()).isEqualTo(404);
        assertThat(hijack.text("$.detail")).isEqualTo("Channel not found");
        var removal = api.delete("/api/v1/channels/" + channelOfA, b.accessToken());
        assertThat(removal.status()).isEqualTo(404);
        assertThat(removal.text("$.detail")).isEqualTo("Channel not found");
        assertThat((Integer) api.get("/api/v1/channels", b.accessToken()).read("$.total")).isZero();
        assertThat(api.get("/api/v1/channels/" + channelOfA, a.accessToken()).text("$.name")).isEqualTo("Secret");
        assertThat(channels.routeByPhoneNumberId(phone)).isPresent();
    }

    @Test
    void routesAWebhookToItsCompanyByPhoneNumberIdOrVerifyToken() {
        Account owner = api.signUp();
        String phone = phoneNumberId();
        Map<String, Object> body = channel("Ventas", phone);
        UUID id = api.post("/api/v1/channels", owner.accessToken(), body).id();
        ChannelRoute expected = new ChannelRoute(owner.companyId(), id, phone);

        assertThat(channels.routeByPhoneNumberId(phone)).contains(expected);
        assertThat(channels.routeByPhoneNumberId(phone)).contains(expected);
        assertThat(channels.routeByVerifyToken((String) body.get("verifyToken"))).contains(expected);
        assertThat(channels.routeByPhoneNumberId(phoneNumberId())).isEmpty();
        assertThat(channels.routeByVerifyToken("not-a-verify-token")).isEmpty();
        assertThat(channels.routeByPhoneNumberId(null)).isEmpty();

        String newPhone = phoneNumberId();
        Map<String, Object> moved = withoutSecrets(channel("Ventas", newPhone));
        moved.put("verifyToken", "a-new-verify-token-" + newPhone);
        api.put("/api/v1/channels/" + id, owner.accessToken(), moved);
        assertThat(channels.routeByPhoneNumberId(phone)).isEmpty();
        assertThat(channels.routeByPhoneNumberId(newPhone)).contains(new ChannelRoute(owner.companyId(), id, newPhone));
        assertThat(channels.routeByVerifyToken((String) body.get("verifyToken"))).isEmpty();
        assertThat(channels.routeByVerifyToken("a-new-verify-token-" + newPhone)).isPresent();

        api.delete("/api/v1/channels/" + id, owner.accessToken());
        assertThat(channels.routeByPhoneNumberId(newPhone)).isEmpty();
        assertThat(channels.routeByVerifyToken("a-new-verify-token-" + newPhone)).isEmpty();
    }

    @Test
    void givesDecryptedCredentialsOnlyInsideTheOwningCompany() {
        Account a = api.signUp();
        Account b = api.signUp();
        String phone = phoneNumberId();
        UUID id = api.post("/api/v1/channels", a.accessToken(), channel("Ventas", phone)).id();

        var credentials = TenantContext.callAs(a.companyId(), a.userId(), () -> channels.credentials(id));
        assertThat(credentials).hasValueSatisfying(c -> {
            assertThat(c.channelId()).isEqualTo(id);
            assertThat(c.companyId()).isEqualTo(a.companyId());
            assertThat(c.phoneNumberId()).isEqualTo(phone);
            assertThat(c.accessToken()).isEqualTo(ACCESS_TOKEN);
            assertThat(c.appSecret()).isEqualTo(APP_SECRET);
            assertThat(c.graphVersion()).isEqualTo("v25.0");
            assertThat(c.toString()).doesNotContain(ACCESS_TOKEN).doesNotContain(APP_SECRET);
        });
        assertThat(TenantContext.callAs(b.companyId(), b.userId(), () -> channels.credentials(id))).isEmpty();
        assertThat(TenantContext.callAs(a.companyId(), a.userId(), () -> channels.credentials(UUID.randomUUID())))
                .isEmpty();
    }

    @Test
    void createsAChannelForTheCurrentCompanyThroughTheModuleApi() {
        Account owner = api.signUp();
        String phone = phoneNumberId();
        ChannelRequest request = new ChannelRequest("Demo", phone, "+1 555 000 2222", null, ACCESS_TOKEN, APP_SECRET,
                VERIFY_TOKEN, "http://localhost:8089", "v25.0");

        ChannelCredentials created = TenantContext.callAs(owner.companyId(), owner.userId(), () -> channels.create(request));

        assertThat(created.companyId()).isEqualTo(owner.companyId());
        assertThat(created.accessToken()).isEqualTo(ACCESS_TOKEN);
        assertThat(created.graphBaseUrl()).isEqualTo("http://localhost:8089");
        assertThat(channels.routeByPhoneNumberId(phone))
                .contains(new ChannelRoute(owner.companyId(), created.channelId(), phone));
        assertThat(api.get("/api/v1/channels/" + created.channelId(), owner.accessToken()).text("$.name")).isEqualTo("Demo");
    }

    @Test
    void aRefusedTokenDisconnectsTheChannelUntilANewOneIsGiven() throws Exception {
        Account owner = api.signUp();
        String phone = phoneNumberId();
        UUID id = api.post("/api/v1/channels", owner.accessToken(), channel("Ventas", phone)).id();
        TenantContext.callAs(owner.companyId(), owner.userId(), () -> channels.credentials(id));

        TenantContext.runAs(owner.companyId(), owner.userId(),
                () -> channels.markDisconnected(id, "Graph API error 190: token expired"));

        var disconnected = api.get("/api/v1/channels/" + id, owner.accessToken());
        assertThat(disconnected.text("$.status")).isEqualTo("DISCONNECTED");
        assertThat(disconnected.text("$.statusReason")).isEqualTo("Graph API error 190: token expired");

        Map<String, Object> reconnect = withoutSecrets(channel("Ventas", phone));
        reconnect.put("accessToken", "EAAG-a-fresh-token");
        var reconnected = api.put("/api/v1/channels/" + id, owner.accessToken(), reconnect);
        assertThat(reconnected.text("$.status")).isEqualTo("CONNECTED");
        assertThat(reconnected.raw().getContentAsString()).doesNotContain("statusReason");
        assertThat(TenantContext.callAs(owner.companyId(), owner.userId(), () -> channels.credentials(id)))
                .hasValueSatisfying(c -> {
                    assertThat(c.accessToken()).isEqualTo("EAAG-a-fresh-token");
                    assertThat(c.appSecret()).isEqualTo(APP_SECRET);
                });
    }
}
