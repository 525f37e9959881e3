package com.lyrox.conversations.internal;

import com.lyrox.conversations.Author;
import com.lyrox.conversations.DeliveryStatus;
import com.lyrox.conversations.Direction;
import com.lyrox.conversations.MessageView;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;

/** Turns stored message documents into API views. */
final class MessageDocuments {

    private static final int PREVIEW_LENGTH = 120;

    /**
     * The order a history is shown and read in: by when each message was sent (a customer's by
     * their own WhatsApp timestamp), then by the order they were recorded in. Two messages of one
     * customer handled at once can be recorded in the other order than they were sent.
     */
    static final Comparator<MessageView> CHRONOLOGICAL = Comparator.comparing(MessageView::at)
            .thenComparingLong(MessageView::seq);

    private MessageDocuments() {
    }

    /** A message; {@code delivery} (from {@code message_ids}) adds the status of an outbound one. */
    /** The inbox's preview of a message: its first 120 characters. */
    static String preview(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= PREVIEW_LENGTH ? text : text.substring(0, PREVIEW_LENGTH - 1) + "…";
    }

    static MessageView toView(Document message, Document record) {
        Document delivery = Deliveries.current(record);
        Document content = message.get("content", Document.class);
        Map<String, Object> fields = content == null ? Map.of() : new LinkedHashMap<>(content);
        DeliveryStatus status = delivery == null || delivery.getString("status") == null ? null
                : DeliveryStatus.valueOf(delivery.getString("status"));
        return new MessageView(message.getString("id"), message.getLong("seq"), Direction.valueOf(message.getString("direction")),
                Author.valueOf(message.getString("author")), message.getString("type"), message.getString("text"),
                fields, message.getDate("at").toInstant(), status,
                delivery == null ? null : delivery.getInteger("errorCode"),
                delivery == null ? null : delivery.getString("errorMessage"),
                message.get("meta", Document.class) == null ? Map.of() : new LinkedHashMap<>(message.get("meta", Document.class)));
    }
}
