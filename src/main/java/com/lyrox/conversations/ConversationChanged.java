package com.lyrox.conversations;

import java.util.UUID;

/**
 * Something visible changed in a conversation: a message came or went, a status moved, or
 * who answers changed. {@code kind} is {@code message}, {@code status} or {@code conversation}.
 */
public record ConversationChanged(UUID companyId, UUID conversationId, String kind, Object payload) {
}
