package com.lyrox.customers;

import io.swagger.v3.oas.annotations.media.Schema;

/** One reason behind a customer's lead score, in words, and how far it moved the score (points, + or -). */
@Schema(name = "ScoreFactor")
public record ScoreFactor(@Schema(example = "price_questions") String code,
                          @Schema(example = "asked for the price 2 times") String text,
                          @Schema(example = "12") int impact) {
}
