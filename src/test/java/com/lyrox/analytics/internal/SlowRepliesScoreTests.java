package com.lyrox.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.lyrox.conversations.Author;
import com.lyrox.conversations.ConversationStatus;
import com.lyrox.conversations.CustomerRef;
import com.lyrox.conversations.PastConversations;
import com.lyrox.conversations.PastConversations.PastMessage;
import com.lyrox.platform.TenantContext;
import com.lyrox.support.Api;
import com.lyrox.support.Api.Account;
import com.lyrox.support.LyroxTest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How long a customer waited for the business's replies reaches their lead score: the median of
 * their waits, only those before the moment asked about, and in words among the score's reasons.
 */
@LyroxTest
class SlowRepliesScoreTests {

    @Autowired
    Api api;
    @Autowired
    PastConversations past;
    @Autowired
    ConversationTimings timings;
    @Autowired
    LeadScorer scorer;

    @Test
    void aCustomerLeftWaitingForHoursIsScoredDownAndToldWhy() {
        Account owner = api.signUp();
        UUID slow = api.post("/api/v1/customers", owner.accessToken(), Map.of("phone", "+5491155553001", "name", "Rita")).id();
        UUID quick = api.post("/api/v1/customers", owner.accessToken(), Map.of("phone", "+5491155553002", "name", "Tomás")).id();
        Instant start = Instant.now().minus(Duration.ofDays(3));
        TenantContext.runAs(owner.companyId(), null, () -> {
            // Rita waited five hours, then three, for a person; Tomás got the AI's answers in seconds.
            past.write(new CustomerRef(slow, "+5491155553001", "Rita", "LEAD", List.of()), UUID.randomUUID(), List.of(
                    new PastMessage(Author.CUSTOMER, "¿Tienen clases los sábados?", start),
                    new PastMessage(Author.HUMAN, "Sí, a las 10", start.plus(Duration.ofHours(5))),
                    new PastMessage(Author.CUSTOMER, "¿Y el precio?", start.plus(Duration.ofHours(6))),
                    new PastMessage(Author.HUMAN, "49 USD", start.plus(Duration.ofHours(9)))), ConversationStatus.AI_ACTIVE);
            past.write(new CustomerRef(quick, "+5491155553002", "Tomás", "LEAD", List.of()), UUID.randomUUID(), List.of(
                    new PastMessage(Author.CUSTOMER, "¿Precio del plan?", start),
                    new PastMessage(Author.AI, "49 USD al mes", start.plusSeconds(6))), ConversationStatus.AI_ACTIVE);
        });
        timings.write();

        TenantContext.runAs(owner.companyId(), null, () -> {
            Map<UUID, Instant> until = new HashMap<>();
            until.put(slow, null);
            until.put(quick, start);
            Map<UUID, Double> waits = timings.medianWaitMinutes(until);
            assertThat(waits.get(slow)).isEqualTo(240.0);
            // Tomás's wait ended after the moment asked about: not counted.
            assertThat(waits).doesNotContainKey(quick);
            assertThat(scorer.score(List.of(slow, quick))).isEqualTo(2);
        });

        var rita = api.get("/api/v1/customers/" + slow, owner.accessToken());
        assertThat(rita.<List<String>>read("$.scoreFactors[*].code")).contains("slow_replies");
        assertThat(rita.<List<String>>read("$.scoreFactors[?(@.code == 'slow_replies')].text"))
                .containsExactly("waited 4 h for replies (median)");
        var tomas = api.get("/api/v1/customers/" + quick, owner.accessToken());
        assertThat(tomas.<List<String>>read("$.scoreFactors[*].code")).doesNotContain("slow_replies");
        assertThat((Integer) rita.read("$.score")).isLessThan((Integer) tomas.read("$.score"));
    }
}
