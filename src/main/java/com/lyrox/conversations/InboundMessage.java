package com.lyrox.conversations;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A message a customer sent, as parsed from a webhook: the WhatsApp id ({@code wamid}), who
 * sent it ({@code waId} and/or the business-scoped {@code userId}; either may be absent), its
 * type, a text rendering (body, caption, button title, ...) and the raw fields of its type.
 */
public record InboundMessage(UUID companyId, UUID channelId, String messageId, String waId, String userId,
                             String profileName, Instant sentAt, String type, String text,
                             Map<String, Object> content) {
}
