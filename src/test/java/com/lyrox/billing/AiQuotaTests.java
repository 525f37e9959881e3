package com.lyrox.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.DocumentContext;
import com.lyrox.support.Api;
import com.lyrox.support.LiveClient;
import com.lyrox.support.GraphStub;
import com.lyrox.support.LyroxTest;
import com.lyrox.support.WhatsAppFixture;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The plan's monthly AI allowance: counted, announced at 80% and 100%, and enforced. */
@LyroxTest
@RecordApplicationEvents
class AiQuotaTests {

    static final GraphStub graph = GraphStub.shared();

    @Autowired
    Api api;

    @Autowired
    AiQuota quota;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    ApplicationEvents events;

    @LocalServerPort
    int port;

    @Test
    void theOwnerHearsAt80And100PercentAndTheAiStopsPastTheAllowance() {
        var owner = api.signUp();
        String key = "ai:usage:" + owner.companyId() + ":" + YearMonth.now(ZoneOffset.UTC);
        redis.opsForValue().set(key, "799");

        try (LiveClient live = LiveClient.connect(port, owner.accessToken())) {
            live.frame("connected", Duration.ofSeconds(5));
            assertThat(quota.consume(owner.companyId()).used()).isEqualTo(800);
            DocumentContext notice = live.frame("notice", Duration.ofSeconds(5));
            assertThat(notice.<String>read("$.payload.kind")).isEqualTo("ai-quota");
            assertThat(notice.<Integer>read("$.payload.percent")).isEqualTo(80);
        }
        assertThat(events.stream(QuotaThresholdReached.class)).singleElement()
                .satisfies(event -> assertThat(event.percent()).isEqualTo(80));

        redis.opsForValue().set(key, "999");
        AiQuota.Usage last = quota.consume(owner.companyId());
        assertThat(last.allowed()).isTrue();
        assertThat(last.percent()).isEqualTo(100);
        assertThat(events.stream(QuotaThresholdReached.class)).extracting(QuotaThresholdReached::percent).containsExactly(80, 100);
        assertThat(quota.consume(owner.companyId()).allowed()).isFalse();

        var usage = api.get("/api/v1/billing/usage", owner.accessToken());
        assertThat(usage.text("$.plan")).isEqualTo("FREE");
        assertThat((Integer) usage.read("$.used")).isEqualTo(1000);
        assertThat((Integer) usage.read("$.limit")).isEqualTo(1000);
        assertThat((Boolean) usage.read("$.aiActive")).isFalse();
    }

    @Test
    void pastTheAllowanceCustomersGoToAPersonInsteadOfTheAi() {
        WhatsAppFixture whatsapp = WhatsAppFixture.connect(api, graph);
        redis.opsForValue().set("ai:usage:" + whatsapp.owner().companyId() + ":" + YearMonth.now(ZoneOffset.UTC), "1000");

        whatsapp.deliver(whatsapp.text("5491155559999", "Tomás", "wamid.Q1", "Hola, ¿precios?"));
        String token = whatsapp.owner().accessToken();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                api.get("/api/v1/conversations", token).text("$.items[0].status")).isEqualTo("HUMAN_HANDLING"));
        assertThat(graph.messages(whatsapp.phoneNumberId())).isEmpty();
    }

    @Test
    void anEnterprisePlanIsUnlimited() {
        var owner = api.signUp();
        api.plan(owner, "ENTERPRISE");
        redis.opsForValue().set("ai:usage:" + owner.companyId() + ":" + YearMonth.now(ZoneOffset.UTC), "1000000");
        AiQuota.Usage usage = quota.consume(owner.companyId());
        assertThat(usage.allowed()).isTrue();
        assertThat(usage.limit()).isEqualTo(-1);
    }
}
