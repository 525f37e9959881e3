package com.lyrox.conversations;

import java.time.Instant;
import java.util.UUID;

/**
 * What the message path needs to know about a conversation: who answers, how many
 * messages the customer sent, how far the replies got, and when the customer last wrote (24 h window).
 */
public record ConversationState(UUID conversationId, UUID companyId, UUID customerId, UUID channelId,
                                String customerPhone, String customerName, ConversationStatus status,
                                long inboundCount, long answeredThroughSeq, Instant lastInboundAt,
                                long messageCount, String summary) {
}
