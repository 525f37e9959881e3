package com.lyrox.analytics.internal;

import com.lyrox.platform.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The figures of a period an owner acts on; days in the company's time zone, the last 30 by default. */
@RestController
@RequestMapping("/api/v1/analytics")
@Tag(name = "Analytics", description = "Lead scoring, and the funnel, revenue, payment links, conversations, response times "
        + "and handoffs of a period")
class AnalyticsController {

    /** The days asked about, in the company's time zone. */
    record PeriodQuery(@Parameter(description = "First day (default: 29 days before to)", example = "2026-11-01") LocalDate from,
                       @Parameter(description = "Last day, included (default: today)", example = "2026-11-30") LocalDate to) {
    }

    private final AnalyticsReport report;

    AnalyticsController(AnalyticsReport report) {
        this.report = report;
    }

    @GetMapping("/funnel")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "LEAD → QUALIFIED → CUSTOMER: of the customers first in touch in the period, how many reached each stage")
    AnalyticsViews.Funnel funnel(@ParameterObject PeriodQuery period) {
        return report.funnel(period(period));
    }

    @GetMapping("/revenue")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "Paid sales of the period per currency, per day and for the ten best products")
    AnalyticsViews.Revenue revenue(@ParameterObject PeriodQuery period) {
        return report.revenue(period(period));
    }

    @GetMapping("/payment-links")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "Sales made in the period (payment links sent) against paid, pending and failed, and the median time to pay")
    AnalyticsViews.PaymentLinks paymentLinks(@ParameterObject PeriodQuery period) {
        return report.paymentLinks(period(period));
    }

    @GetMapping("/bookings")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "Bookings of the period per day: how many, how much of the open time they fill, what the confirmed ones are worth")
    AnalyticsViews.Bookings bookings(@ParameterObject PeriodQuery period) {
        return report.bookings(period(period));
    }

    @GetMapping("/knowledge-gaps")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "The questions the agent searched the knowledge base for and found nothing, most asked first (20)")
    AnalyticsViews.Gaps knowledgeGaps(@ParameterObject PeriodQuery period) {
        return report.knowledgeGaps(period(period));
    }

    @GetMapping("/conversations")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "Conversations started, messages, AI replies and handoffs to a person per day of the period")
    AnalyticsViews.Conversations conversations(@ParameterObject PeriodQuery period) {
        return report.conversations(period(period));
    }

    @GetMapping("/response-times")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "How long customers waited for a reply (first replies and all, the AI's and people's) and how long "
            + "conversations stayed open until closed: count, p50 and p90 in seconds, and per day")
    AnalyticsViews.ResponseTimes responseTimes(@ParameterObject PeriodQuery period) {
        return report.responseTimes(period(period));
    }

    @GetMapping("/handoffs")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "Why conversations went to a person in the period, by reason, with the latest one's words")
    AnalyticsViews.Handoffs handoffs(@ParameterObject PeriodQuery period) {
        return report.handoffs(period(period));
    }

    private ReportPeriod period(PeriodQuery period) {
        return report.period(period.from(), period.to());
    }
}
