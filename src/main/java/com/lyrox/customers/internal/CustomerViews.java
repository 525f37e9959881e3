package com.lyrox.customers.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.lyrox.customers.ScoreFactor;
import com.lyrox.customers.Stage;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Bodies of the customers endpoints. */
final class CustomerViews {

    private CustomerViews() {
    }

    /** A customer as the API shows it; lifetime value and interactions are kept by Lyrox. */
    @Schema(name = "Customer")
    record Customer(UUID id,
                    @Schema(example = "+13055550123") String phone,
                    @Schema(example = "María González") String name,
                    @Schema(example = "maria@example.com") String email,
                    @Schema(example = "QUALIFIED") Stage stage,
                    @Schema(example = "[\"interested-fitness\", \"budget-conscious\"]") List<String> tags,
                    @Schema(type = "string", example = "98.00") @JsonFormat(shape = JsonFormat.Shape.STRING)
                    BigDecimal lifetimeValue,
                    @Schema(example = "12") int totalInteractions,
                    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant firstContact,
                    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant lastInteraction,
                    @Schema(description = "Wrote STOP: gets no messages until they write START") boolean optedOut,
                    @Schema(description = "Lead score 0–100: how likely they are to buy, learned from the company's own sales; "
                            + "absent until first scored", example = "72") Integer score,
                    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant scoredAt,
                    @Schema(description = "The main reasons behind the score, strongest first") List<ScoreFactor> scoreFactors,
                    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant createdAt,
                    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant updatedAt) {
    }

    /** A customer to create, or the full new state of one; stage defaults to LEAD. */
    @Schema(name = "CustomerWrite")
    record Write(@Schema(example = "+13055550123", description = "E.164: + and 7 to 15 digits")
                 @NotBlank @Pattern(regexp = "^\\+[1-9][0-9]{6,14}$",
                         message = "must be an E.164 number such as +13055550123") String phone,
                 @Schema(example = "María González") @Size(max = 255) String name,
                 @Schema(example = "maria@example.com") @Email @Size(max = 255) String email,
                 @Schema(example = "LEAD") Stage stage,
                 @Schema(example = "[\"interested-fitness\"]") @Size(max = 50, message = "must have at most 50 tags")
                 List<@NotBlank @Size(max = 100) String> tags) {
    }

    @Schema(name = "StageChange")
    record StageChange(@Schema(example = "QUALIFIED") @NotNull Stage stage) {
    }
}
