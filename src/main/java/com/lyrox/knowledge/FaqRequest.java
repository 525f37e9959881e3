package com.lyrox.knowledge;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A question customers ask and the company's answer ({@code POST}/{@code PUT}). */
public record FaqRequest(
        @Schema(example = "¿Cuál es el horario de atención?") @NotBlank @Size(max = 500) String question,
        @Schema(example = "Atendemos de lunes a viernes de 8:00 a 20:00 y los sábados de 9:00 a 13:00.")
        @NotBlank @Size(max = 10_000) String answer) {
}
