package com.lyrox.knowledge;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** A knowledge source as the API shows it: what it is, whether it is searchable, in how many chunks. */
public record KnowledgeSourceView(
        UUID id,
        SourceKind kind,
        @Schema(example = "Política de reembolsos") String title,
        @Schema(description = "FAQs only") String question,
        @Schema(description = "FAQs only") String answer,
        @Schema(description = "Uploaded files only", example = "reembolsos.pdf") String fileName,
        @Schema(description = "Uploaded files only", example = "application/pdf") String mediaType,
        @Schema(description = "Uploaded files only") Long sizeBytes,
        @Schema(description = "The full-text language the source was indexed in", example = "spanish") String language,
        SourceStatus status,
        @Schema(description = "Why processing failed (FAILED only)") String failureReason,
        int chunkCount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant createdAt,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant updatedAt) {
}
