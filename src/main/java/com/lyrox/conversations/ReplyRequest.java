package com.lyrox.conversations;

import java.util.List;
import java.util.UUID;

/**
 * A customer's turn to answer: who they are, what they wrote, the company's language and the
 * conversation's rolling summary (null until there is one).
 */
public record ReplyRequest(UUID companyId, UUID conversationId, CustomerRef customer, List<MessageView> turn,
                           String language, String summary) {
}
