package com.lyrox.conversations.internal;

import com.lyrox.conversations.ConversationStatus;
import com.lyrox.conversations.ConversationView;
import com.lyrox.conversations.WaitingConversations;
import com.lyrox.platform.PageResponse;
import org.springframework.stereotype.Component;

/** The inbox's own list, filtered to the conversations a person holds. */
@Component
class WaitingConversationList implements WaitingConversations {

    private final ConversationService conversations;

    WaitingConversationList(ConversationService conversations) {
        this.conversations = conversations;
    }

    @Override
    public Waiting waitingForAPerson(int most) {
        PageResponse<ConversationView> page = conversations.list(ConversationStatus.HUMAN_HANDLING, null, null, null, 0, most);
        return new Waiting(page.items(), page.total());
    }
}
