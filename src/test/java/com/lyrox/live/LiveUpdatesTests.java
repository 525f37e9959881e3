package com.lyrox.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.lyrox.platform.AccessTokens;
import com.lyrox.platform.Role;
import com.lyrox.platform.SecuritySettings;
import com.lyrox.support.Api;
import com.lyrox.support.Api.Account;
import com.lyrox.support.GraphStub;
import com.lyrox.support.LiveClient;
import com.lyrox.support.LyroxTest;
import com.lyrox.support.WhatsAppFixture;
import java.net.http.WebSocketHandshakeException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The dashboard's live stream over a real WebSocket: the token-checked handshake, each
 * company's messages, statuses and conversation changes to its own streams only, and frames
 * another instance publishes through Redis.
 */
@LyroxTest
class LiveUpdatesTests {

    static final Duration PATIENCE = Duration.ofSeconds(15);
    static GraphStub graph;

    @LocalServerPort
    int port;

    @Autowired
    Api api;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    SecuritySettings security;

    private final List<LiveClient> clients = new ArrayList<>();

    @BeforeAll
    static void startGraph() {
        graph = new GraphStub();
    }

    @AfterAll
    static void stopGraph() {
        graph.close();
    }

    @AfterEach
    void disconnect() {
        clients.forEach(LiveClient::close);
    }

    @Test
    void refusesAStreamWithoutAValidToken() {
        assertRefused(LiveClient.open(port, "", Map.of()));
        assertRefused(LiveClient.open(port, "access_token=not.a.jwt", Map.of()));
        assertRefused(LiveClient.open(port, "", Map.of("Authorization", "Bearer garbage")));
        assertRefused(LiveClient.open(port, "access_token=" + tokens(security.jwtSecret(), Duration.ofSeconds(-5))
                .issue(UUID.randomUUID(), UUID.randomUUID(), Role.OWNER).value(), Map.of()));
        String signedElsewhere = tokens(Base64.getEncoder().encodeToString(new byte[48]), Duration.ofMinutes(15))
                .issue(UUID.randomUUID(), UUID.randomUUID(), Role.OWNER).value();
        assertRefused(LiveClient.open(port, "access_token=" + signedElsewhere, Map.of()));
    }

    @Test
    void greetsAStreamOpenedWithATokenAndAnswersPings() throws Exception {
        Account owner = api.signUp();
        LiveClient byQuery = connect(owner.accessToken());
        DocumentContext hello = JsonPath.parse(byQuery.next(PATIENCE));
        assertThat(hello.<String>read("$.type")).isEqualTo("connected");
        assertThat(hello.<String>read("$.companyId")).isEqualTo(owner.companyId().toString());

        byQuery.send("ping");
        assertThat(byQuery.next(PATIENCE)).isEqualTo("pong");

        LiveClient byHeader = track(LiveClient.open(port, "", Map.of("Authorization", "Bearer " + owner.accessToken()))
                .get(10, TimeUnit.SECONDS));
        assertThat(byHeader.frame("connected", PATIENCE).<String>read("$.companyId"))
                .isEqualTo(owner.companyId().toString());
    }

    @Test
    void pushesACompanysMessagesAndStatusesToItsOwnStreamsOnly() throws Exception {
        WhatsAppFixture whatsapp = WhatsAppFixture.connect(api, graph);
        LiveClient mine = connect(whatsapp.owner().accessToken());
        LiveClient stranger = connect(api.signUp().accessToken());
        mine.frame("connected", PATIENCE);
        stranger.frame("connected", PATIENCE);

        assertThat(whatsapp.deliver(whatsapp.text("15550004444", "Lucía", "wamid.LIVE1", "¿Tienen clases hoy?"))
                .status()).isEqualTo(200);

        DocumentContext inbound = mine.frame("message", frame -> "INBOUND".equals(frame.read("$.payload.direction")),
                PATIENCE);
        assertThat(inbound.<String>read("$.payload.id")).isEqualTo("wamid.LIVE1");
        assertThat(inbound.<String>read("$.payload.text")).isEqualTo("¿Tienen clases hoy?");
        assertThat(inbound.<String>read("$.payload.author")).isEqualTo("CUSTOMER");
        String conversationId = inbound.read("$.conversationId");

        DocumentContext reply = mine.frame("message", frame -> "OUTBOUND".equals(frame.read("$.payload.direction")),
                PATIENCE);
        assertThat(reply.<String>read("$.conversationId")).isEqualTo(conversationId);
        assertThat(reply.<String>read("$.payload.author")).isEqualTo("AI");
        assertThat(reply.<String>read("$.payload.text")).isNotBlank();
        assertThat(reply.<String>read("$.payload.status")).isEqualTo("SENT");
        String wamid = reply.read("$.payload.id");

        assertThat(whatsapp.deliver(whatsapp.status(wamid, "delivered")).status()).isEqualTo(200);
        DocumentContext status = mine.frame("status", PATIENCE);
        assertThat(status.<String>read("$.conversationId")).isEqualTo(conversationId);
        assertThat(status.<String>read("$.payload.messageId")).isEqualTo(wamid);
        assertThat(status.<String>read("$.payload.status")).isEqualTo("DELIVERED");

        assertThat(stranger.everythingAfter(Duration.ofSeconds(2))).singleElement()
                .satisfies(frame -> assertThat(JsonPath.<String>read(frame, "$.type")).isEqualTo("connected"));
    }

    @Test
    void aTakeoverReachesTheStreamAsAConversationChange() {
        WhatsAppFixture whatsapp = WhatsAppFixture.connect(api, graph);
        LiveClient mine = connect(whatsapp.owner().accessToken());
        mine.frame("connected", PATIENCE);
        assertThat(whatsapp.deliver(whatsapp.text("15550005555", "Marco", "wamid.LIVE2", "Quiero reservar"))
                .status()).isEqualTo(200);
        String conversationId = mine.frame("message", PATIENCE).read("$.conversationId");

        assertThat(api.post("/api/v1/conversations/" + conversationId + "/takeover", whatsapp.owner().accessToken(), null)
                .status()).isEqualTo(200);

        DocumentContext change = mine.frame("conversation",
                frame -> "HUMAN_HANDLING".equals(frame.read("$.payload.status")), PATIENCE);
        assertThat(change.<String>read("$.conversationId")).isEqualTo(conversationId);
        assertThat(change.<String>read("$.payload.id")).isEqualTo(conversationId);
        assertThat(change.<String>read("$.payload.statusReason")).isEqualTo("Taken over by the team");
    }

    @Test
    void aFramePublishedByAnotherInstanceReachesThisInstancesStreamsOfThatCompany() throws Exception {
        Account owner = api.signUp();
        LiveClient mine = connect(owner.accessToken());
        LiveClient stranger = connect(api.signUp().accessToken());
        mine.frame("connected", PATIENCE);
        stranger.frame("connected", PATIENCE);
        UUID conversationId = UUID.randomUUID();

        redis.convertAndSend("live:" + owner.companyId(), """
                {"type":"conversation","conversationId":"%s","payload":{"status":"CLOSED"}}""".formatted(conversationId));

        DocumentContext frame = mine.frame("conversation", PATIENCE);
        assertThat(frame.<String>read("$.conversationId")).isEqualTo(conversationId.toString());
        assertThat(frame.<String>read("$.payload.status")).isEqualTo("CLOSED");
        assertThat(stranger.everythingAfter(Duration.ofSeconds(1))).hasSize(1);
    }

    @Test
    void theStreamEndsWhenItsAccessTokenExpires() throws Exception {
        Account owner = api.signUp();
        String token = tokens(security.jwtSecret(), Duration.ofSeconds(2))
                .issue(owner.userId(), owner.companyId(), Role.OWNER).value();

        LiveClient mine = connect(token);
        mine.frame("connected", PATIENCE);

        assertThat(mine.closeCode(Duration.ofSeconds(10))).isEqualTo(4001);
    }

    private LiveClient connect(String token) {
        return track(LiveClient.connect(port, token));
    }

    private LiveClient track(LiveClient client) {
        clients.add(client);
        return client;
    }

    /** Tokens signed with this key that live this long (negative: already expired). */
    private AccessTokens tokens(String key, Duration ttl) {
        return new AccessTokens(new SecuritySettings(key, ttl, security.refreshTokenTtl(), security.inviteTtl(),
                security.loginMaxFailures(), security.loginMaxFailuresPerIp(), security.loginFailureWindow(),
                security.encryptionKey()), Clock.systemUTC());
    }

    private static void assertRefused(CompletableFuture<LiveClient> attempt) {
        assertThatThrownBy(() -> attempt.get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(WebSocketHandshakeException.class)
                .satisfies(e -> assertThat(((WebSocketHandshakeException) e).getResponse().statusCode()).isEqualTo(401));
    }
}
