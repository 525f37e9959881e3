package com.lyrox.reports.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Today's and this month's figures, one entry per day of the last 30, and the AI allowance. */
record OverviewView(@Schema(example = "Europe/Madrid") String timezone, Figures today, Figures month,
                    List<Day> days, Usage aiUsage) {

    /** Counts of one period; revenue per currency, paid sales only. */
    record Figures(long conversations, long messages, long aiReplies, long handoffs, long newLeads, long sales,
                   List<Revenue> revenue) {
    }

    /** One day of the chart. */
    record Day(LocalDate date, long conversations, long messages, long aiReplies, long handoffs, long newLeads,
               long sales) {
    }

    record Revenue(@Schema(example = "196.00") BigDecimal amount, @Schema(example = "USD") String currency) {
    }

    /** AI interactions this month against the plan's allowance (limit -1: unlimited). */
    record Usage(String plan, long used, long limit, int percent) {
    }
}
