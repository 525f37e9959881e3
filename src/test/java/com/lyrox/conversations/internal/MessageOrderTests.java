package com.lyrox.conversations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.lyrox.conversations.Author;
import com.lyrox.conversations.CustomerRef;
import com.lyrox.conversations.DeliveryStatus;
import com.lyrox.conversations.InboundMessage;
import com.lyrox.conversations.MessageView;
import com.lyrox.conversations.OutboundMessage;
import com.lyrox.platform.TenantContext;
import com.lyrox.support.Api;
import com.lyrox.support.LyroxTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Two messages of one customer handled at once can be recorded in the other order than they were
 * sent: the history, the turn and the agent's context follow the customer's own timestamps.
 */
@LyroxTest
class MessageOrderTests {

    @Autowired
    Api api;

    @Autowired
    MongoConversationLog log;

    @Autowired
    ConversationService inbox;

    @Autowired
    StringRedisTemplate redis;

    @Test
    void messagesRecordedOutOfOrderAreShownAndAnsweredInTheOrderTheyWereSent() {
        UUID company = api.signUp().companyId();
        Instant sent = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(30);
        TenantContext.runAs(company, null, () -> {
            CustomerRef customer = new CustomerRef(UUID.randomUUID(), "+34650001000", "Ana", "LEAD", List.of());
            UUID conversation = log.recordInbound(customer, inbound(company, "wamid.SECOND", "¿y el precio?",
                    sent.plusSeconds(2))).conversationId();
            log.recordInbound(customer, inbound(company, "wamid.FIRST", "hola, quiero el plan mensual", sent));
            log.recordOutbound(conversation, Author.AI, OutboundMessage.text("¡Hola! Cuesta 49 USD."), "wamid.REPLY",
                    DeliveryStatus.SENT, null, null);

            assertThat(inbox.messages(conversation, 0, 10).items()).extracting(MessageView::id)
                    .containsExactly("wamid.REPLY", "wamid.SECOND", "wamid.FIRST");
            assertThat(log.inboundBetween(conversation, 0, 2)).extracting(MessageView::id)
                    .containsExactly("wamid.FIRST", "wamid.SECOND");
            assertThat(log.recent(conversation, 3, 10)).as("from the history").extracting(MessageView::id)
                    .containsExactly("wamid.FIRST", "wamid.SECOND", "wamid.REPLY");
            assertThat(redis.hasKey("ctx:" + company + ":" + conversation)).isTrue();
            assertThat(log.recent(conversation, 3, 10)).as("from the cached copy").extracting(MessageView::id)
                    .containsExactly("wamid.FIRST", "wamid.SECOND", "wamid.REPLY");
        });
    }

    @Test
    void aCustomerClockAheadOfOursNeverPutsTheQuestionAfterItsAnswer() {
        UUID company = api.signUp().companyId();
        TenantContext.runAs(company, null, () -> {
            CustomerRef customer = new CustomerRef(UUID.randomUUID(), "+34650001000", "Ana", "LEAD", List.of());
            UUID conversation = log.recordInbound(customer, inbound(company, "wamid.AHEAD", "hola",
                    Instant.now().plusSeconds(3600))).conversationId();
            log.recordOutbound(conversation, Author.AI, OutboundMessage.text("¡Hola!"), "wamid.ANSWER",
                    DeliveryStatus.SENT, null, null);

            assertThat(inbox.messages(conversation, 0, 10).items()).extracting(MessageView::id)
                    .containsExactly("wamid.ANSWER", "wamid.AHEAD");
            assertThat(inbox.messages(conversation, 0, 10).items().get(1).at()).isBeforeOrEqualTo(Instant.now());
        });
    }

    private static InboundMessage inbound(UUID company, String id, String text, Instant sentAt) {
        return new InboundMessage(company, UUID.nameUUIDFromBytes(company.toString().getBytes()), id, "34650001000", null,
                "Ana", sentAt, "text", text, Map.of());
    }
}
