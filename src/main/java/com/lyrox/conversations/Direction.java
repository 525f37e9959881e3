package com.lyrox.conversations;

/** Which way a message went: from the customer, or to them. Stored in MongoDB by its name. */
public enum Direction {
    /** From the customer to the company. */
    INBOUND,
    /** From the company (the AI, a person or the system) to the customer. */
    OUTBOUND
}
