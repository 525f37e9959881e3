package com.lyrox.conversations.internal;

import com.lyrox.conversations.ConversationStatus;
import com.lyrox.conversations.ConversationView;
import com.lyrox.conversations.Direction;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;

/** Turns stored conversation documents into API views. */
final class ConversationDocuments {

    private ConversationDocuments() {
    }

    static ConversationView toView(Document conversation) {
        String channelId = conversation.getString("channelId");
        return new ConversationView(UUID.fromString(conversation.getString("_id")),
                UUID.fromString(conversation.getString("customerId")),
                channelId == null ? null : UUID.fromString(channelId),
                conversation.getString("customerPhone"), conversation.getString("customerName"),
                conversation.getString("stage"), conversation.getList("tags", String.class, List.of()),
                ConversationStatus.valueOf(conversation.get("status", ConversationStatus.AI_ACTIVE.name())),
                conversation.getString("statusReason"), conversation.getString("summary"),
                conversation.getString("nextAction"), conversation.getString("sentiment"),
                number(conversation, "messageCount"), number(conversation, "inboundCount"),
                number(conversation, "outboundCount"), number(conversation, "unreadCount"),
                conversation.getString("lastMessagePreview"), direction(conversation.getString("lastMessageDirection")),
                instant(conversation.getDate("lastMessageAt")), instant(conversation.getDate("lastInboundAt")),
                conversation.getBoolean("needsTemplate", false), instant(conversation.getDate("createdAt")));
    }

    private static Direction direction(String name) {
        return name == null ? null : Direction.valueOf(name);
    }

    private static long number(Document document, String field) {
        Object value = document.get(field);
        return value instanceof Number number ? number.longValue() : 0L;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
