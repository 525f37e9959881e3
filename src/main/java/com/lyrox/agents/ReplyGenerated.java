package com.lyrox.agents;

import java.util.UUID;

/** The agent answered a customer's turn (with the intent it read). */
public record ReplyGenerated(UUID companyId, UUID customerId, UUID conversationId, Intent intent) {
}
