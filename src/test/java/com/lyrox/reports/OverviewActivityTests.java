package com.lyrox.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.lyrox.conversations.Author;
import com.lyrox.conversations.ConversationLog;
import com.lyrox.conversations.CustomerRef;
import com.lyrox.conversations.DeliveryStatus;
import com.lyrox.conversations.InboundMessage;
import com.lyrox.conversations.OutboundMessage;
import com.lyrox.platform.TenantContext;
import com.lyrox.support.Api;
import com.lyrox.support.Api.Account;
import com.lyrox.support.LyroxTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The overview's conversation figures come from counters kept as messages are recorded, rebuilt
 * from the history when they are missing.
 */
@LyroxTest
class OverviewActivityTests {

    private static final UUID CHANNEL = UUID.randomUUID();

    @Autowired
    Api api;

    @Autowired
    ConversationLog log;

    @Autowired
    StringRedisTemplate redis;

    @Test
    void aMessageWhoseJobRunsAgainCountsOnce() {
        Account owner = api.signUp();
        assertThat((Integer) overview(owner).read("$.today.messages")).isZero();
        InboundMessage hello = inbound(owner, "wamid." + UUID.randomUUID(), Instant.now());
        CustomerRef ana = customer("+34600000011");
        TenantContext.runAs(owner.companyId(), null, () -> {
            log.recordInbound(ana, hello);
            log.recordInbound(ana, hello);
        });

        var overview = overview(owner);
        assertThat((Integer) overview.read("$.today.messages")).isEqualTo(1);
        assertThat((Integer) overview.read("$.today.conversations")).isEqualTo(1);
    }

    @Test
    void countersLostAreRebuiltFromTheHistoryWithTheSameFigures() {
        Account owner = api.signUp();
        // History from before the counters: counted by the first overview's rebuild.
        converse(owner, "+34600000021", true);
        assertThat((Integer) overview(owner).read("$.today.messages")).isEqualTo(2);
        // Counted live.
        converse(owner, "+34600000022", true);
        converse(owner, "+34600000021", false);

        var counted = overview(owner);
        assertThat((Integer) counted.read("$.today.conversations")).isEqualTo(2);
        assertThat((Integer) counted.read("$.today.messages")).isEqualTo(6);
        assertThat((Integer) counted.read("$.today.aiReplies")).isEqualTo(3);
        assertThat((Integer) counted.read("$.today.handoffs")).isEqualTo(2);

        Set<String> keys = redis.keys("activity:" + owner.companyId() + ":*");
        assertThat(keys).contains("activity:" + owner.companyId() + ":built");
        redis.delete(keys);
        var rebuilt = overview(owner);
        assertThat((Object) rebuilt.read("$.today")).isEqualTo(counted.read("$.today"));
        assertThat((Object) rebuilt.read("$.days")).isEqualTo(counted.read("$.days"));
    }

    @Test
    void anotherCompanysActivityNeverShows() {
        Account busy = api.signUp();
        Account quiet = api.signUp();
        overview(busy);
        overview(quiet);
        converse(busy, "+34600000031", true);
        assertThat((Integer) overview(busy).read("$.today.messages")).isEqualTo(2);
        assertThat((Integer) overview(quiet).read("$.month.messages")).isZero();

        redis.delete("activity:" + quiet.companyId() + ":built");
        var rebuilt = overview(quiet);
        assertThat((Integer) rebuilt.read("$.month.messages")).isZero();
        assertThat((Integer) rebuilt.read("$.month.conversations")).isZero();
        assertThat((Integer) rebuilt.read("$.month.handoffs")).isZero();
    }

    @Test
    void aMessageJustBeforeLocalMidnightCountsOnItsLocalDay() {
        Account owner = api.signUp();
        ZoneId kolkata = ZoneId.of("Asia/Kolkata");
        assertThat(api.put("/api/v1/company", owner.accessToken(), Map.of("name", "Chai Studio", "language", "en",
                "timezone", kolkata.getId(), "plan", "FREE")).status()).isEqualTo(200);
        LocalDate day = LocalDate.now(kolkata).minusDays(2);
        CustomerRef ravi = customer("+919800000041");
        // 18:20 and 18:40 UTC of the same UTC day, on two local days.
        TenantContext.runAs(owner.companyId(), null, () -> {
            log.recordInbound(ravi, inbound(owner, "wamid." + UUID.randomUUID(),
                    day.atTime(LocalTime.of(23, 50)).atZone(kolkata).toInstant()));
            log.recordInbound(ravi, inbound(owner, "wamid." + UUID.randomUUID(),
                    day.plusDays(1).atTime(LocalTime.of(0, 10)).atZone(kolkata).toInstant()));
        });
        // Live counters count a message when it arrives; these two are from two days ago, so the counters are
        // rebuilt from the history, which counts each message at its own time.
        redis.delete("activity:" + owner.companyId() + ":built");

        var overview = overview(owner);
        assertThat(overview.text("$.timezone")).isEqualTo("Asia/Kolkata");
        assertThat(overview.text("$.days[27].date")).isEqualTo(day.toString());
        assertThat((Integer) overview.read("$.days[27].messages")).isEqualTo(1);
        assertThat((Integer) overview.read("$.days[28].messages")).isEqualTo(1);
    }

    private Api.Reply overview(Account owner) {
        var overview = api.get("/api/v1/reports/overview", owner.accessToken());
        assertThat(overview.status()).isEqualTo(200);
        return overview;
    }

    /** A customer's message and the AI's reply, then a person takes the conversation if asked. */
    private void converse(Account owner, String phone, boolean handOff) {
        TenantContext.runAs(owner.companyId(), null, () -> {
            UUID conversation = log.recordInbound(customer(phone), inbound(owner, "wamid." + UUID.randomUUID(),
                    Instant.now())).conversationId();
            log.recordOutbound(conversation, Author.AI, OutboundMessage.text("¡Hola!"), "wamid." + UUID.randomUUID(),
                    DeliveryStatus.SENT, null, null);
            if (handOff) {
                log.handOffToHuman(conversation, "asked for a person");
            }
        });
    }

    /** The same customer for the same phone, so one conversation per phone and company. */
    private static CustomerRef customer(String phone) {
        return new CustomerRef(UUID.nameUUIDFromBytes(phone.getBytes()), phone, "Ana", "LEAD", List.of());
    }

    private static InboundMessage inbound(Account owner, String messageId, Instant sentAt) {
        return new InboundMessage(owner.companyId(), CHANNEL, messageId, "34600000001", null, "Ana", sentAt, "text",
                "hola", Map.of());
    }
}
