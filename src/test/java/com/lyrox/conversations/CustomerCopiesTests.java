package com.lyrox.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lyrox.customers.CustomerChanged;
import com.lyrox.customers.Stage;
import com.lyrox.support.Api;
import com.lyrox.support.GraphStub;
import com.lyrox.support.LyroxTest;
import com.lyrox.support.WhatsAppFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inbox's copy of a customer's name, stage and tags follows the customer after the change
 * commits, through the event publication registry, and never goes back to an older change.
 */
@LyroxTest
class CustomerCopiesTests {

    static final Duration PATIENCE = Duration.ofSeconds(15);
    static final String PHONE = "5491155559876";
    static final GraphStub graph = GraphStub.shared();

    @Autowired
    Api api;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    WhatsAppFixture whatsapp;
    UUID customerId;
    String conversationId;

    @BeforeEach
    void aCustomerWhoWrote() {
        whatsapp = WhatsAppFixture.connect(api, graph);
        assertThat(whatsapp.deliver(whatsapp.text(PHONE, "Lucía", "wamid.COPY1", "Hola")).status()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> (Integer) api.get("/api/v1/conversations", token()).read("$.total") == 1);
        conversationId = api.get("/api/v1/conversations", token()).text("$.items[0].id");
        customerId = UUID.fromString(api.get("/api/v1/customers?search=" + PHONE, token()).text("$.items[0].id"));
    }

    @Test
    void aCustomersChangeIsKeptWithItsTransactionAndCopiedAfterItCommits() {
        long pendingInTheTransaction = tx.execute(status -> {
            events.publishEvent(change(Stage.QUALIFIED, List.of("vip"), Instant.now()));
            return pendingPublications();
        });

        assertThat(pendingInTheTransaction).isEqualTo(1);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(copy()).containsEntry("stage", "QUALIFIED")
                .containsEntry("tags", List.of("vip")));
        await().atMost(PATIENCE).until(() -> pendingPublications() == 0);
    }

    @Test
    void aStageChangedThroughTheApiReachesTheInbox() {
        assertThat(api.patch("/api/v1/customers/" + customerId + "/stage", token(), Map.of("stage", "CUSTOMER"))
                .status()).isEqualTo(200);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(copy()).containsEntry("stage", "CUSTOMER"));
    }

    @Test
    void anOlderChangeCopiedLateLeavesTheNewerCopy() {
        Instant now = Instant.now();
        tx.executeWithoutResult(status -> events.publishEvent(change(Stage.QUALIFIED, List.of("newer"), now)));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(copy()).containsEntry("tags", List.of("newer")));

        tx.executeWithoutResult(status -> events.publishEvent(
                change(Stage.LEAD, List.of("older"), now.minusSeconds(60))));
        await().atMost(PATIENCE).until(() -> pendingPublications() == 0);

        assertThat(copy()).containsEntry("stage", "QUALIFIED").containsEntry("tags", List.of("newer"));
    }

    private CustomerChanged change(Stage stage, List<String> tags, Instant at) {
        return new CustomerChanged(whatsapp.owner().companyId(), customerId, "Lucía", stage, tags, at);
    }

    private Map<String, Object> copy() {
        return api.get("/api/v1/conversations/" + conversationId, token()).read("$");
    }

    /** Publications of this customer's changes whose listener has not completed (completed ones are deleted). */
    private long pendingPublications() {
        return jdbc.queryForObject("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ?", Long.class,
                "%" + customerId + "%");
    }

    private String token() {
        return whatsapp.owner().accessToken();
    }
}
