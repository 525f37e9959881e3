package com.lyrox.conversations;

import java.util.UUID;

/**
 * Sends a message to the customer of a conversation through its channel; implemented by the
 * WhatsApp module. Answers the WhatsApp id of the message sent.
 */
public interface OutboundSender {

    SendResult send(UUID conversationId, Author author, OutboundMessage message);

    /** Sends an approved template: the only way to reach a customer outside the 24 h window. */
    SendResult sendTemplate(UUID conversationId, Author author, String name, String language);

    /** How a send ended; {@code messageId} is set when WhatsApp accepted the message. */
    record SendResult(boolean sent, String messageId, Integer errorCode, String errorMessage) {
    }
}
