package com.lyrox.conversations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.lyrox.conversations.Author;
import com.lyrox.conversations.ConversationLog;
import com.lyrox.conversations.ConversationState;
import com.lyrox.conversations.ConversationStatus;
import com.lyrox.conversations.CustomerRef;
import com.lyrox.conversations.DeliveryStatus;
import com.lyrox.conversations.InboundMessage;
import com.lyrox.conversations.MessageTransport;
import com.lyrox.conversations.MessageView;
import com.lyrox.conversations.OutboundMessage;
import com.lyrox.conversations.RecordedMessage;
import com.lyrox.conversations.SendResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a send means for the conversation: the 24 h window, the needs-template flag, a record per part. */
class WindowedMessengerTests {

    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

    private final RecordingLog log = new RecordingLog();
    private final ScriptedTransport transport = new ScriptedTransport();
    private final WindowedMessenger messenger = new WindowedMessenger(log, transport, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void outsideTheWindowRecordsTheMessageFailedAndFlagsATemplateWithoutCallingTheTransport() {
        SendResult result = messenger.send(state(NOW.minus(Duration.ofHours(25))), Author.HUMAN, OutboundMessage.text("Hola"));

        assertThat(result.sent()).isFalse();
        assertThat(result.errorCode()).isEqualTo(SendResult.WINDOW_CLOSED);
        assertThat(transport.sends).isZero();
        assertThat(log.flagged).isEqualTo(1);
        assertThat(log.recorded).containsExactly("Hola FAILED 131047");
    }

    @Test
    void recordsEachPartAsItWentAndFlagsATemplateWhenWhatsAppSaysTheWindowClosed() {
        transport.answer = List.of(
                new MessageTransport.Delivery(OutboundMessage.text("one"), SendResult.accepted("wamid.1")),
                new MessageTransport.Delivery(OutboundMessage.text("two"), SendResult.failed(131047, "closed")));

        SendResult result = messenger.send(state(NOW.minus(Duration.ofHours(1))), Author.AI, OutboundMessage.text("one two"));

        assertThat(result.windowClosed()).isTrue();
        assertThat(log.flagged).isEqualTo(1);
        assertThat(log.recorded).containsExactly("one SENT null", "two FAILED 131047");
    }

    @Test
    void aMessageWhatsAppTookIsRecordedSentWithItsId() {
        transport.answer = List.of(new MessageTransport.Delivery(OutboundMessage.text("Hola"), SendResult.accepted("wamid.1")));

        SendResult result = messenger.send(state(NOW.minus(Duration.ofMinutes(5))), Author.AI, OutboundMessage.text("Hola"));

        assertThat(result).isEqualTo(SendResult.accepted("wamid.1"));
        assertThat(log.flagged).isZero();
        assertThat(log.messageIds).containsExactly("wamid.1");
    }

    private static ConversationState state(Instant lastInboundAt) {
        return new ConversationState(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                "+34600111222", "María", ConversationStatus.AI_ACTIVE, 1, 0, lastInboundAt, 1, null);
    }

    private static final class ScriptedTransport implements MessageTransport {
        List<Delivery> answer = List.of();
        int sends;

        @Override
        public List<Delivery> send(UUID channelId, String to, OutboundMessage message) {
            assertThat(to).isEqualTo("34600111222");
            sends++;
            return answer;
        }

        @Override
        public SendResult sendTemplate(UUID channelId, String to, String name, String language) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void markRead(UUID channelId, String messageId) {
        }
    }

    private static final class RecordingLog implements ConversationLog {
        final List<String> recorded = new ArrayList<>();
        final List<String> messageIds = new ArrayList<>();
        int flagged;

        @Override
        public RecordedMessage recordOutbound(UUID conversationId, Author author, OutboundMessage message, String messageId,
                                              DeliveryStatus status, Integer errorCode, String errorMessage) {
            recorded.add(message.text() + " " + status + " " + errorCode);
            if (messageId != null) {
                messageIds.add(messageId);
            }
            return null;
        }

        @Override
        public void flagNeedsTemplate(UUID conversationId, boolean needed) {
            flagged++;
        }

        @Override
        public RecordedMessage recordInbound(CustomerRef customer, InboundMessage message) {
            throw new UnsupportedOperationException();
        }

        @Override
        public StatusOutcome applyStatus(String messageId, DeliveryStatus status, Instant at, Integer errorCode,
                                         String errorMessage) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<ConversationState> state(UUID conversationId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<MessageView> recent(UUID conversationId, long throughSeq, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<MessageView> inboundBetween(UUID conversationId, long afterSeq, long throughSeq) {
            throw new UnsupportedOperationException();
        }

        @Override
        public OptionalLong claimTurn(UUID conversationId, long throughSeq) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void replyingTo(UUID conversationId, long throughSeq) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void summarize(UUID conversationId, String summary, String nextAction, String sentiment) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void handOffToHuman(UUID conversationId, String reason) {
            throw new UnsupportedOperationException();
        }
    }
}
