package com.lyrox.conversations;

import java.util.Optional;
import java.util.UUID;

/**
 * Sends in a conversation: to its customer through its channel, free-form messages only inside
 * the 24 h window (outside it the conversation is flagged as needing a template), each message
 * recorded with how its send ended. The message path, the inbox and, later, reminders and
 * campaigns send through here. All calls act within the current tenant.
 */
public interface ConversationMessenger {

    SendResult send(UUID conversationId, Author author, OutboundMessage message);

    /** Sends within a turn whose conversation state was just read, without reading it again. */
    SendResult send(ConversationState state, Author author, OutboundMessage message);

    /** Sends an approved template: the only way to reach a customer outside the 24 h window. */
    SendResult sendTemplate(UUID conversationId, Author author, String name, String language);

    /** The conversation with this customer, when they have one (they wrote, or were written to). */
    Optional<ConversationState> conversationWith(UUID customerId);

    /** Tells the customer their message was read (blue ticks); best effort. */
    void markRead(ConversationState state, String messageId);
}
