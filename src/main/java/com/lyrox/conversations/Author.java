package com.lyrox.conversations;

/** Who wrote a message. */
public enum Author {
    CUSTOMER, AI, HUMAN, SYSTEM
}
