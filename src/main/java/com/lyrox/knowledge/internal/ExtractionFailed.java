package com.lyrox.knowledge.internal;

/** A source whose text cannot be read; the message is the reason the owner sees. */
class ExtractionFailed extends RuntimeException {

    ExtractionFailed(String reason) {
        super(reason);
    }

    ExtractionFailed(String reason, Throwable cause) {
        super(reason, cause);
    }
}
