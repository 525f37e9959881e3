package com.lyrox.conversations.internal;

import com.lyrox.conversations.Author;
import com.lyrox.conversations.ConversationLog;
import com.lyrox.conversations.ConversationMessenger;
import com.lyrox.conversations.ConversationState;
import com.lyrox.conversations.DeliveryStatus;
import com.lyrox.conversations.MessageTransport;
import com.lyrox.conversations.OutboundMessage;
import com.lyrox.conversations.SendResult;
import java.time.Clock;
import java.time.Duration;
import com.lyrox.platform.TenantContext;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Sends through the transport and records each part as it went: free-form messages only inside
 * the 24 h window; a closed window, known here or answered by WhatsApp, flags the conversation
 * as needing a template.
 */
@Component
class WindowedMessenger implements ConversationMessenger {

    static final Duration WINDOW = Duration.ofHours(24);

    private final ConversationLog log;
    private final MessageTransport transport;
    private final Clock clock;

    WindowedMessenger(ConversationLog log, MessageTransport transport, Clock clock) {
        this.log = log;
        this.transport = transport;
        this.clock = clock;
    }

    @Override
    public SendResult send(UUID conversationId, Author author, OutboundMessage message) {
        return send(state(conversationId), author, message);
    }

    @Override
    public SendResult send(ConversationState state, Author author, OutboundMessage message) {
        UUID conversationId = state.conversationId();
        if (state.lastInboundAt() == null || state.lastInboundAt().plus(WINDOW).isBefore(clock.instant())) {
            SendResult closed = SendResult.failed(SendResult.WINDOW_CLOSED,
                    "More than 24 hours have passed since the customer last wrote; only a template can be sent");
            return record(conversationId, author, message, closed);
        }
        SendResult result = null;
        for (MessageTransport.Delivery delivery : transport.send(state.channelId(), to(state), message)) {
            result = record(conversationId, author, delivery.part(), delivery.result());
        }
        return result;
    }

    @Override
    public SendResult sendTemplate(UUID conversationId, Author author, String name, String language) {
        ConversationState state = state(conversationId);
        SendResult result = transport.sendTemplate(state.channelId(), to(state), name, language);
        return record(conversationId, author, OutboundMessage.text("[template " + name + " · " + language + "]"), result);
    }

    @Override
    public Optional<ConversationState> conversationWith(UUID customerId) {
        // The id is made from the company's, so only this company's conversation is found.
        return log.state(Collections.conversationId(TenantContext.requireCompanyId(), customerId));
    }

    @Override
    public void markRead(ConversationState state, String messageId) {
        transport.markRead(state.channelId(), messageId);
    }

    private SendResult record(UUID conversationId, Author author, OutboundMessage message, SendResult result) {
        if (result.sent()) {
            log.recordOutbound(conversationId, author, message, result.messageId(), DeliveryStatus.SENT, null, null);
            return result;
        }
        if (result.windowClosed()) {
            log.flagNeedsTemplate(conversationId, true);
        }
        log.recordOutbound(conversationId, author, message, null, DeliveryStatus.FAILED, result.errorCode(),
                result.errorMessage());
        return result;
    }

    private ConversationState state(UUID conversationId) {
        return log.state(conversationId)
                .orElseThrow(() -> new IllegalArgumentException("No conversation " + conversationId));
    }

    private static String to(ConversationState state) {
        return state.customerPhone() == null ? null : state.customerPhone().replace("+", "");
    }
}
