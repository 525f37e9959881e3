package com.lyrox.analytics.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The analytics endpoints' answers. */
final class AnalyticsViews {

    private AnalyticsViews() {
    }

    /** A step of the funnel: how many of the customers first in touch in the period reached it. */
    @Schema(name = "FunnelStep")
    record Step(@Schema(example = "QUALIFIED") String stage, long count,
                @Schema(description = "Of the customers first in touch in the period, 0–1", example = "0.42") double rate,
                @Schema(description = "Of the step before, 0–1", example = "0.42") double fromPrevious,
                @Schema(description = "Median days the step took, over those who made it (from the first message for QUALIFIED); "
                        + "absent for LEAD and when none did", example = "2.5") Double medianDays) {
    }

    /** LEAD → QUALIFIED → CUSTOMER for the customers first in touch in the period, by where they stand now. */
    @Schema(name = "Funnel")
    record Funnel(LocalDate from, LocalDate to, @Schema(example = "America/New_York") String zone, long contacted, List<Step> steps,
                  @Schema(description = "Of them, lost (CHURNED) now") long churned) {
    }

    /** Money in one currency. */
    @Schema(name = "RevenueTotal")
    record Total(@Schema(example = "USD") String currency, long sales,
                 @Schema(type = "string", example = "1470.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
                 @Schema(type = "string", example = "49.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal average) {
    }

    /** A day's paid sales in one currency. */
    @Schema(name = "RevenueDay")
    record Day(LocalDate day, @Schema(example = "USD") String currency, long sales,
               @Schema(type = "string", example = "98.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {
    }

    /** A product's paid sales in one currency. */
    @Schema(name = "RevenueProduct")
    record Product(UUID productId, @Schema(example = "Plan Mensual") String name, @Schema(example = "USD") String currency, long sales,
                   @Schema(type = "string", example = "980.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {
    }

    /** Paid sales (refunds left out) in the period: per currency, per day (every day of the period), the best products. */
    @Schema(name = "RevenueReport")
    record Revenue(LocalDate from, LocalDate to, String zone, List<Total> totals, List<Day> days, List<Product> products) {
    }

    /** Sales made in the period (each one a payment link sent) and what became of them. */
    @Schema(name = "PaymentLinkFigures")
    record PaymentLinks(LocalDate from, LocalDate to, String zone, long sent, long paid, long pending, long failed,
                        @Schema(description = "Paid of sent, 0–1", example = "0.38") double paidRate,
                        @Schema(description = "Median minutes from the sale to its payment; absent when none was paid", example = "12.5")
                        Double medianMinutesToPay) {
    }

    /** A day of bookings. */
    @Schema(name = "BookingDay")
    record BookingDay(LocalDate day, int bookings,
                      @Schema(description = "Booked time over the open time of the active resources, 0–1", example = "0.42")
                      double occupancy) {
    }

    /** Bookings of the period: how many, how much of the open time they fill, what the confirmed ones are worth. */
    @Schema(name = "BookingReport")
    record Bookings(LocalDate from, LocalDate to, String zone, long bookings,
                    @Schema(description = "Booked place-minutes over open place-minutes of the period, 0–1", example = "0.38")
                    double occupancy, List<Total> revenue, List<BookingDay> days) {
    }

    /** A question the agent found no answer to in the knowledge base. */
    @Schema(name = "KnowledgeGap")
    record Gap(@Schema(example = "¿Tienen estacionamiento?", description = "Its latest wording") String question,
               @Schema(example = "4", description = "How many times it was asked, case and punctuation aside") long times,
               @JsonFormat(shape = JsonFormat.Shape.STRING) java.time.Instant lastAsked) {
    }

    /** The questions the agent could not answer from the knowledge base in the period, most asked first. */
    @Schema(name = "KnowledgeGaps")
    record Gaps(LocalDate from, LocalDate to, String zone, List<Gap> items) {
    }

    /** A day of conversations. */
    @Schema(name = "ConversationDay")
    record ConversationDay(LocalDate day, long started, long messages, long aiReplies, long humanReplies, long handoffs) {
    }

    /** Conversations in the period: started, messages both ways, AI and people's replies, handoffs to a person, per day. */
    @Schema(name = "ConversationReport")
    record Conversations(LocalDate from, LocalDate to, String zone, long started, long messages, long aiReplies, long humanReplies,
                         long handoffs,
                         @Schema(description = "AI replies of all replies, 0–1", example = "0.86") double aiShare,
                         @Schema(description = "Handoffs per conversation started, 0–1", example = "0.12") double handoffRate,
                         List<ConversationDay> days) {
    }

    /**
     * How long something took, over the cases of the period; the percentiles absent when there were none,
     * read from counts in buckets about 10% wide (within about 5% of the exact figure).
     */
    @Schema(name = "DurationFigures")
    record Durations(long count,
                     @Schema(description = "Median seconds", example = "4.2") Double p50Seconds,
                     @Schema(description = "Seconds nine in ten took at most", example = "38.0") Double p90Seconds) {
    }

    /** Waits of one kind: all of them, those the AI ended and those a person ended. */
    @Schema(name = "WaitFigures")
    record Waits(Durations all, Durations ai, Durations human) {
    }

    /** A day's waits for a reply. */
    @Schema(name = "ResponseTimeDay")
    record ResponseDay(LocalDate day, long replies, Double p50Seconds, Double p90Seconds) {
    }

    /**
     * How long customers waited for a reply (from their first unanswered message to the reply) and how
     * long conversations stayed open until closed, in the period; counted from this version on.
     */
    @Schema(name = "ResponseTimeReport")
    record ResponseTimes(LocalDate from, LocalDate to, String zone,
                         @Schema(description = "The first reply after a conversation opened (or opened again)") Waits firstResponse,
                         @Schema(description = "Every reply that ended a wait, the first ones included") Waits response,
                         @Schema(description = "From a conversation's opening to its closing") Durations resolution,
                         @Schema(description = "Every reply that ended a wait, per day of the period") List<ResponseDay> days) {
    }

    /** Handoffs of one reason. */
    @Schema(name = "HandoffReasonFigures")
    record HandoffReasonCount(@Schema(example = "COMPLAINT") String reason, long handoffs,
                              @Schema(description = "Of all handoffs of the period, 0–1", example = "0.25") double share,
                              @Schema(description = "The latest one's reason in words", example = "Cobro doble, el cliente está molesto")
                              String latest) {
    }

    /** Why conversations went to a person in the period, the most frequent reason first; counted from this version on. */
    @Schema(name = "HandoffReport")
    record Handoffs(LocalDate from, LocalDate to, String zone, long handoffs, List<HandoffReasonCount> reasons) {
    }
}
