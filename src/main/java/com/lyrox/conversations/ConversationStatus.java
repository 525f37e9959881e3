package com.lyrox.conversations;

/** Who answers a conversation now. */
public enum ConversationStatus {
    /** The AI agent answers. */
    AI_ACTIVE,
    /** A person took over; the AI stays silent. */
    HUMAN_HANDLING,
    /** Done; a new message from the customer opens it again for the AI. */
    CLOSED
}
