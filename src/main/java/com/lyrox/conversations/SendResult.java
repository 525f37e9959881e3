package com.lyrox.conversations;

/**
 * How sending one message ended: {@code messageId} is set when WhatsApp accepted it, else
 * {@code errorCode} and {@code errorMessage} say why not.
 */
public record SendResult(boolean sent, String messageId, Integer errorCode, String errorMessage) {

    /** WhatsApp's code for a free-form message outside the 24 h window: only a template can go out. */
    public static final int WINDOW_CLOSED = 131047;

    public static SendResult accepted(String messageId) {
        return new SendResult(true, messageId, null, null);
    }

    public static SendResult failed(Integer errorCode, String errorMessage) {
        return new SendResult(false, null, errorCode, errorMessage);
    }

    public boolean windowClosed() {
        return errorCode != null && errorCode == WINDOW_CLOSED;
    }
}
