package com.lyrox.knowledge;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A document pasted as text or Markdown ({@code POST}/{@code PUT} with JSON). */
public record TextDocumentRequest(
        @Schema(example = "Política de reembolsos") @NotBlank @Size(max = 255) String title,
        @Schema(example = "# Reembolsos\nPuedes pedir el reembolso dentro de los 14 días...")
        @NotBlank @Size(max = 1_000_000) String text) {
}
