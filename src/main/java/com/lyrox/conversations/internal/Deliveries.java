package com.lyrox.conversations.internal;

import org.bson.Document;

/**
 * Where an outbound message's status is kept in its {@code message_ids} record: the status it
 * was sent with at the top level, every later one under {@code statuses.r<rank>}, and {@code
 * rank} the highest reached. The current status is the one filed under that rank.
 */
final class Deliveries {

    private Deliveries() {
    }

    static String filedUnder(int rank) {
        return "statuses.r" + rank;
    }

    /** The fields of the current status ({@code status}, {@code errorCode}, {@code errorMessage}), or null. */
    static Document current(Document record) {
        if (record == null) {
            return null;
        }
        Document statuses = record.get("statuses", Document.class);
        Object filed = statuses == null ? null : statuses.get("r" + record.get("rank", -1));
        return filed instanceof Document status ? status : record;
    }
}
