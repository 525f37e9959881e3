package com.lyrox.conversations.live;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.lyrox.conversations.ConversationChanged;
import java.util.UUID;

/** A JSON frame of the live stream: {@code connected} once, then one per conversation change. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record LiveFrame(String type, UUID companyId, UUID conversationId, Object payload) {

    static LiveFrame connected(UUID companyId) {
        return new LiveFrame("connected", companyId, null, null);
    }

    static LiveFrame of(ConversationChanged change) {
        return new LiveFrame(change.kind(), null, change.conversationId(), change.payload());
    }
}
