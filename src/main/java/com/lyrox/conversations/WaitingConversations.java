package com.lyrox.conversations;

import java.util.List;

/** The current company's conversations a person holds (the AI silent), most recent message first. */
public interface WaitingConversations {

    /** Up to {@code most} of them, and how many there are. */
    Waiting waitingForAPerson(int most);

    /** Conversations waiting for a person: the first of them, and their number. */
    record Waiting(List<ConversationView> first, long total) {
    }
}
