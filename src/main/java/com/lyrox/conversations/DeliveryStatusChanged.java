package com.lyrox.conversations;

import java.util.UUID;

/** An outbound message's delivery status moved forward (a late status that would move it back raises nothing). */
public record DeliveryStatusChanged(UUID companyId, UUID conversationId, String messageId, DeliveryStatus status,
                                    Integer errorCode, String errorMessage) {
}
