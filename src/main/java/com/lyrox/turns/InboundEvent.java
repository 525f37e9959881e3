package com.lyrox.turns;

import com.lyrox.conversations.InboundMessage;

/** One thing a channel reported, as the queue takes it: a customer's message or an outbound message's status. */
public sealed interface InboundEvent permits InboundEvent.Message, InboundEvent.Status {

    /** The id the queue dedups this event on. */
    String dedupKey();

    /** A customer's message. */
    record Message(InboundMessage message) implements InboundEvent {
        @Override
        public String dedupKey() {
            return message.messageId();
        }
    }

    /** A status of a message the business sent. */
    record Status(String messageId, String status, long timestamp, Integer errorCode, String errorMessage)
            implements InboundEvent {
        @Override
        public String dedupKey() {
            return messageId + ":" + status;
        }
    }
}
