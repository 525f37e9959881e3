package com.lyrox.knowledge.internal;

import com.lyrox.knowledge.SourceKind;
import java.util.UUID;

/** A source's content at one revision, handed from the request to the processing. */
record SourceContent(UUID sourceId, int revision, SourceKind kind, String title, String question, String answer,
                     String body, String fileName, FileFormat format, byte[] bytes) {
}
