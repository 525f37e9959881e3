package com.lyrox.agents.internal;

/** The model refused, answered nothing, or ran out of time: the agent falls back to a person. */
class NoModelAnswer extends RuntimeException {

    NoModelAnswer(String message) {
        super(message);
    }
}
