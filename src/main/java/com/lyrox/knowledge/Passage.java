package com.lyrox.knowledge;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/**
 * One retrieved chunk: its text, the title of its source, and a score (0–1) of how well it
 * matches: the share of the question's words it holds, or, for English questions, its cosine
 * similarity when that is larger.
 */
public record Passage(
        UUID chunkId,
        UUID sourceId,
        @Schema(example = "Política de reembolsos") String source,
        @Schema(example = "Reembolsos") String heading,
        String text,
        @Schema(example = "0.83") double score,
        @Schema(description = "Whether the score reaches lyrox.knowledge.min-score, so the agent would answer from it")
        boolean relevant) {
}
