package com.lyrox.agents;

/** What a customer's turn is about, as the sales agent reads it. */
public enum Intent {
    GREETING, PRICE_QUESTION, BUYING_INTENT, OBJECTION, COMPLAINT, HUMAN_REQUEST, BOOKING_INTENT, THANKS_BYE, OTHER;

    /** The customer's mood this intent shows: negative, positive or neutral. */
    public String sentiment() {
        return switch (this) {
            case COMPLAINT, OBJECTION -> "negative";
            case BUYING_INTENT, THANKS_BYE -> "positive";
            default -> "neutral";
        };
    }
}
