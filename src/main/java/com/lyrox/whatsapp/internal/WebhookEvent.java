package com.lyrox.whatsapp.internal;

import com.lyrox.conversations.InboundMessage;

/** One thing a webhook reported: a customer's message or an outbound message's status. */
sealed interface WebhookEvent permits WebhookEvent.Message, WebhookEvent.Status {

    /** The id the webhook dedups this event on. */
    String dedupKey();

    /** A customer's message. */
    record Message(InboundMessage message) implements WebhookEvent {
        @Override
        public String dedupKey() {
            return message.messageId();
        }
    }

    /** A status of a message the business sent. */
    record Status(String messageId, String status, long timestamp, Integer errorCode, String errorMessage)
            implements WebhookEvent {
        @Override
        public String dedupKey() {
            return messageId + ":" + status;
        }
    }
}
