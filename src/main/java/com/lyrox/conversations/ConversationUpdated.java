package com.lyrox.conversations;

import java.util.UUID;

/**
 * Something the inbox shows of a conversation changed: who answers it (handed off, handed back,
 * closed, reopened), its summary, read state, template need or its copy of the customer.
 */
public record ConversationUpdated(UUID companyId, UUID conversationId, ConversationView conversation) {
}
