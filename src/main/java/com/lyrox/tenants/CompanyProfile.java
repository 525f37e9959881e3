package com.lyrox.tenants;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A company as the API shows it. */
public record CompanyProfile(
        @Schema(example = "3f6d2a8e-4c1b-4d7a-9a51-2b0f7c9e1d44") UUID id,
        @Schema(example = "Emilio Born Coaching") String name,
        @Schema(example = "Fitness & Wellness") String industry,
        @Schema(example = "https://emilioborn.com") String website,
        @Schema(example = "Eres Emilio Born, un coach fitness venezolano radicado en Miami...") String brandPersonality,
        @Schema(example = "Responde en menos de 80 palabras. Ofrece el Reto Mensual a quien duda.") String aiInstructions,
        @Schema(example = "es") String language,
        @Schema(example = "America/New_York") String timezone,
        @Schema(description = "The plan the company is on; it changes through billing, not through PUT /company",
                example = "FREE") Plan plan,
        @Schema(description = "While in the future the company uses every feature (the top plan's); absent: no trial")
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant trialEndsAt,
        @Schema(description = "Set while a platform administrator has suspended the company: reads only, no AI answers")
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant suspendedAt,
        @Schema(example = "Unpaid invoices since October") String suspensionReason,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant createdAt,
        @Schema(description = "Language model the AI agent answers with; absent: the server's default", example = "gpt-4o-mini")
        String aiModel,
        @Schema(description = "Sampling temperature of the AI agent (0–2); absent: the server's default", example = "0.4")
        BigDecimal aiTemperature) {

    public boolean suspended() {
        return suspendedAt != null;
    }

    /** The company's time zone for its days (reports, analytics, the assistant): UTC when it has none or an unknown one. */
    public java.time.ZoneId zone() {
        try {
            return timezone == null ? java.time.ZoneOffset.UTC : java.time.ZoneId.of(timezone);
        } catch (java.time.DateTimeException e) {
            return java.time.ZoneOffset.UTC;
        }
    }

    /** The plan whose features and allowances apply at {@code now}: the top plan during a trial, else the company's. */
    public Plan planAt(Instant now) {
        return trialEndsAt != null && now.isBefore(trialEndsAt) ? Plan.ENTERPRISE : plan;
    }
}
