package com.lyrox.conversations;

import java.util.UUID;

/**
 * A message was added to a conversation's history, from the customer or to them. Raised again
 * when a run of a job that died records the same inbound message again: listeners keep a
 * message once by its id.
 */
public record MessageRecorded(UUID companyId, UUID conversationId, MessageView message) {
}
