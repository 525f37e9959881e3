package com.lyrox.conversations;

import java.util.UUID;

/** Where a message went: its conversation and its place ({@code seq}) in the history. */
public record RecordedMessage(UUID conversationId, long seq, boolean firstTime) {
}
