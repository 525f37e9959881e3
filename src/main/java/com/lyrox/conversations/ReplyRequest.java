package com.lyrox.conversations;

import java.util.List;
import java.util.UUID;

/** A customer's turn to answer: who they are, what they wrote, and the company's language. */
public record ReplyRequest(UUID companyId, UUID conversationId, CustomerRef customer, List<MessageView> turn,
                           String language) {
}
