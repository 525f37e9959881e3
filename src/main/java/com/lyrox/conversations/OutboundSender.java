package com.lyrox.conversations;

import java.util.UUID;

/**
 * Sends a message to the customer of a conversation through its channel; implemented by the
 * WhatsApp module. Answers the WhatsApp id of the message sent.
 */
public interface OutboundSender {

    SendResult send(UUID conversationId, Author author, OutboundMessage message);

    /** How a send ended; {@code messageId} is set when WhatsApp accepted the message. */
    record SendResult(boolean sent, String messageId, Integer errorCode, String errorMessage) {
    }
}
