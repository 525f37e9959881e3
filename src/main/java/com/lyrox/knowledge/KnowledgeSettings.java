package com.lyrox.knowledge;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code lyrox.knowledge.*}: how documents are taken in and how the agent searches them.
 *
 * @param maxUploadSize      largest file one upload may carry (larger ones get 413)
 * @param chunkSize          characters a chunk aims at; sentences are never cut unless one alone is longer
 * @param chunkOverlap       characters of the previous chunk's end repeated at the start of the next
 * @param candidates         results each retriever (words, meaning) hands to the fusion
 * @param denseWeight        weight of the meaning-based ranking in the fusion for questions not in English
 *                           (the embedding model reads English; English questions weigh it 1)
 * @param minScore           the score (0–1) a passage needs for the agent to answer from it
 * @param ingestionThreads   documents processed at the same time
 */
@Validated
@ConfigurationProperties("lyrox.knowledge")
public record KnowledgeSettings(
        @DefaultValue("10MB") DataSize maxUploadSize,
        @DefaultValue("900") @Min(200) @Max(8000) int chunkSize,
        @DefaultValue("150") @Min(0) @Max(2000) int chunkOverlap,
        @DefaultValue("20") @Min(1) @Max(200) int candidates,
        @DefaultValue("0.5") @DecimalMin("0") @DecimalMax("1") double denseWeight,
        @DefaultValue("0.35") @DecimalMin("0") @DecimalMax("1") double minScore,
        @DefaultValue("2") @Min(1) int ingestionThreads) {
}
