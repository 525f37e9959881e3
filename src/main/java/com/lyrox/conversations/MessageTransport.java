package com.lyrox.conversations;

import java.util.List;
import java.util.UUID;

/**
 * The wire a conversation's messages leave by, implemented by the WhatsApp module: it sends,
 * and knows nothing of conversations. Whatever a send means for the conversation (the 24 h
 * window, the record of the message) is {@link ConversationMessenger}'s.
 */
public interface MessageTransport {

    /**
     * Sends a message to {@code to} (digits only) through the channel. A text longer than the
     * channel carries goes out in parts, stopping at the first part that fails; answers each part
     * sent or tried, in order.
     */
    List<Delivery> send(UUID channelId, String to, OutboundMessage message);

    /** Sends an approved template. */
    SendResult sendTemplate(UUID channelId, String to, String name, String language);

    /** Tells the customer their message was read; best effort, never fails. */
    void markRead(UUID channelId, String messageId);

    /** One part of a message as it went out (or did not). */
    record Delivery(OutboundMessage part, SendResult result) {
    }
}
