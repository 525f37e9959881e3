package com.lyrox.knowledge.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file types the knowledge base reads, known by extension. */
enum FileFormat {
    PDF("application/pdf", ".pdf"),
    TEXT("text/plain", ".txt"),
    MARKDOWN("text/markdown", ".md", ".markdown"),
    HTML("text/html", ".html", ".htm");

    private final String mediaType;
    private final String[] extensions;

    FileFormat(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    String mediaType() {
        return mediaType;
    }

    static Optional<FileFormat> fromFileName(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(format -> Arrays.stream(format.extensions).anyMatch(lower::endsWith))
                .findFirst();
    }

    static FileFormat fromMediaType(String mediaType) {
        return Arrays.stream(values()).filter(format -> format.mediaType.equals(mediaType)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown media type " + mediaType));
    }
}
