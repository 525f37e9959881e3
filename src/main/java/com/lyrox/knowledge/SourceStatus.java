package com.lyrox.knowledge;

/** Where a source is in its processing: chunks are searchable only when it is READY. */
public enum SourceStatus {
    PROCESSING, READY, FAILED
}
