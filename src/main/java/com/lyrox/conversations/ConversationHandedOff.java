package com.lyrox.conversations;

import java.time.Instant;
import java.util.UUID;

/** The AI handed a conversation to a person, or a person took it: once per change, with why in a category and in words. */
public record ConversationHandedOff(UUID companyId, UUID conversationId, HandoffReason reason, String detail, Instant at) {
}
