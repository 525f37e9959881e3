package com.lyrox.conversations;

import java.util.List;

/**
 * The step that decides what the business answers to a customer's turn (one message, or a
 * burst merged into one). The AI sales agent implements it.
 */
public interface ReplyGenerator {

    /** The messages to send, in order; empty to stay silent. */
    List<OutboundMessage> reply(ReplyRequest request);
}
