package com.lyrox.whatsapp.internal;

import com.lyrox.conversations.Author;
import com.lyrox.conversations.ConversationLog;
import com.lyrox.conversations.ConversationState;
import com.lyrox.conversations.DeliveryStatus;
import com.lyrox.conversations.OutboundMessage;
import com.lyrox.conversations.OutboundSender;
import com.lyrox.tenants.ChannelCredentials;
import com.lyrox.tenants.Channels;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Sends a conversation's messages through its channel and records each one: free-form
 * messages only inside the 24 h window, long text split on sentences, error 190 flags the
 * channel and 131047 the conversation.
 */
@Component
class GraphSender implements OutboundSender {

    static final Duration WINDOW = Duration.ofHours(24);

    private final ConversationLog log;
    private final Channels channels;
    private final GraphClient graph;
    private final Clock clock;

    GraphSender(ConversationLog log, Channels channels, GraphClient graph, Clock clock) {
        this.log = log;
        this.channels = channels;
        this.graph = graph;
        this.clock = clock;
    }

    /** Where a conversation's messages go: its channel and the customer's WhatsApp number. */
    private record Recipient(ConversationState state, ChannelCredentials channel, String to) {
    }

    private Recipient recipient(UUID conversationId) {
        return recipient(log.state(conversationId)
                .orElseThrow(() -> new IllegalArgumentException("No conversation " + conversationId)));
    }

    private Recipient recipient(ConversationState state) {
        ChannelCredentials channel = channels.credentials(state.channelId())
                .orElseThrow(() -> new IllegalStateException("The conversation's channel no longer exists"));
        return new Recipient(state, channel, state.customerPhone() == null ? null : state.customerPhone().replace("+", ""));
    }

    @Override
    public SendResult send(UUID conversationId, Author author, OutboundMessage message) {
        return send(recipient(conversationId), author, message);
    }

    /** Sends within a turn whose conversation state was just read. */
    SendResult send(ConversationState state, Author author, OutboundMessage message) {
        return send(recipient(state), author, message);
    }

    private SendResult send(Recipient recipient, Author author, OutboundMessage message) {
        ConversationState state = recipient.state();
        UUID conversationId = state.conversationId();
        if (state.lastInboundAt() == null || state.lastInboundAt().plus(WINDOW).isBefore(clock.instant())) {
            log.flagNeedsTemplate(conversationId, true);
            String reason = "More than 24 hours have passed since the customer last wrote; only a template can be sent";
            log.recordOutbound(conversationId, author, message, null, DeliveryStatus.FAILED, GraphErrors.OUTSIDE_WINDOW, reason);
            return new SendResult(false, null, GraphErrors.OUTSIDE_WINDOW, reason);
        }
        List<String> parts = TextSplitter.split(message.text(), GraphMessages.MAX_TEXT);
        SendResult result = null;
        for (int i = 0; i < parts.size(); i++) {
            boolean lastPart = i == parts.size() - 1;
            OutboundMessage part = lastPart ? message.withText(parts.get(i)) : OutboundMessage.text(parts.get(i));
            result = sendOne(conversationId, author, recipient.channel(), recipient.to(), part);
            if (!result.sent()) {
                break;
            }
        }
        return result;
    }

    @Override
    public SendResult sendTemplate(UUID conversationId, Author author, String name, String language) {
        Recipient recipient = recipient(conversationId);
        OutboundMessage record = OutboundMessage.text("[template " + name + " · " + language + "]");
        return deliver(conversationId, author, recipient.channel(), record,
                GraphMessages.template(recipient.to(), name, language, List.of()));
    }

    /** Tells WhatsApp the customer's message was read (blue ticks); best effort, one try. */
    void markRead(UUID channelId, String messageId) {
        channels.credentials(channelId).ifPresent(channel -> graph.sendOnce(channel, GraphMessages.markRead(messageId)));
    }

    private SendResult sendOne(UUID conversationId, Author author, ChannelCredentials channel, String to,
                               OutboundMessage message) {
        Map<String, Object> body = "text".equals(message.type()) ? GraphMessages.text(to, message.text())
                : GraphMessages.interactive(to, message.text(), message);
        return deliver(conversationId, author, channel, message, body);
    }

    private SendResult deliver(UUID conversationId, Author author, ChannelCredentials channel, OutboundMessage message,
                               Map<String, Object> body) {
        GraphClient.Result result = graph.send(channel, body);
        if (result.ok()) {
            log.recordOutbound(conversationId, author, message, result.messageId(), DeliveryStatus.SENT, null, null);
            return new SendResult(true, result.messageId(), null, null);
        }
        if (result.errorCode() != null && result.errorCode() == GraphErrors.TOKEN_EXPIRED) {
            channels.markDisconnected(channel.channelId(), result.errorMessage());
        }
        if (result.errorCode() != null && result.errorCode() == GraphErrors.OUTSIDE_WINDOW) {
            log.flagNeedsTemplate(conversationId, true);
        }
        log.recordOutbound(conversationId, author, message, null, DeliveryStatus.FAILED, result.errorCode(),
                result.errorMessage());
        return new SendResult(false, null, result.errorCode(), result.errorMessage());
    }
}
