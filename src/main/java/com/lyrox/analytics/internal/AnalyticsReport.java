package com.lyrox.analytics.internal;

import com.lyrox.agents.KnowledgeGaps;
import com.lyrox.bookings.BookingFigures;
import com.lyrox.conversations.ConversationFigures;
import com.lyrox.customers.CustomerFunnel;
import com.lyrox.platform.TenantContext;
import com.lyrox.products.ProductCatalog;
import com.lyrox.products.ProductView;
import com.lyrox.sales.SalesAnalytics;
import com.lyrox.sales.SalesFigures;
import com.lyrox.tenants.Companies;
import com.lyrox.tenants.CompanyProfile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * The figures of a period in the company's time zone, each from the owning module's aggregates:
 * counts per quarter of an hour (conversations, paid sales) added up by day, and SQL aggregates
 * over indexed columns (the funnel, products, payment links), so none reads a company's history
 * row by row.
 */
@Service
class AnalyticsReport {

    static final int TOP_PRODUCTS = 10;
    static final int TOP_GAPS = 20;

    private final Companies companies;
    private final CustomerFunnel funnel;
    private final SalesFigures salesFigures;
    private final SalesAnalytics sales;
    private final ProductCatalog catalog;
    private final ConversationFigures conversations;
    private final Clock clock;
    private final KnowledgeGaps gaps;
    private final BookingFigures bookingFigures;
    private final ConversationTimings timings;

    AnalyticsReport(Companies companies, CustomerFunnel funnel, SalesFigures salesFigures, SalesAnalytics sales,
                    ProductCatalog catalog, ConversationFigures conversations, KnowledgeGaps gaps, BookingFigures bookingFigures,
                    ConversationTimings timings, Clock clock) {
        this.timings = timings;
        this.gaps = gaps;
        this.bookingFigures = bookingFigures;
        this.companies = companies;
        this.funnel = funnel;
        this.salesFigures = salesFigures;
        this.sales = sales;
        this.catalog = catalog;
        this.conversations = conversations;
        this.clock = clock;
    }

    ReportPeriod period(LocalDate from, LocalDate to) {
        ZoneId zone = companies.find(TenantContext.requireCompanyId()).map(CompanyProfile::zone).orElse(ZoneOffset.UTC);
        return ReportPeriod.of(from, to, zone, clock);
    }

    AnalyticsViews.Funnel funnel(ReportPeriod period) {
        CustomerFunnel.Standing standing = funnel.standingOf(period.start(), period.end());
        long contacted = standing.contacted();
        long qualified = standing.qualified() + standing.customers();
        long customers = standing.customers();
        List<AnalyticsViews.Step> steps = List.of(
                new AnalyticsViews.Step("LEAD", contacted, contacted == 0 ? 0 : 1, contacted == 0 ? 0 : 1, null),
                new AnalyticsViews.Step("QUALIFIED", qualified, rate(qualified, contacted), rate(qualified, contacted),
                        days(standing.medianDaysToQualified())),
                new AnalyticsViews.Step("CUSTOMER", customers, rate(customers, contacted), rate(customers, qualified),
                        days(standing.medianDaysToCustomer())));
        return new AnalyticsViews.Funnel(period.from(), period.to(), period.zone().getId(), contacted, steps, standing.churned());
    }

    AnalyticsViews.Revenue revenue(ReportPeriod period) {
        Map<String, AnalyticsViews.Total> totals = new TreeMap<>();
        Map<LocalDate, Map<String, long[]>> counts = new TreeMap<>();
        Map<LocalDate, Map<String, BigDecimal>> amounts = new TreeMap<>();
        for (SalesFigures.CompletedSales paid : salesFigures.completedBetween(period.start(), period.end())) {
            LocalDate day = period.dayOf(paid.at());
            counts.computeIfAbsent(day, d -> new TreeMap<>()).computeIfAbsent(paid.currency(), c -> new long[1])[0] += paid.sales();
            amounts.computeIfAbsent(day, d -> new TreeMap<>()).merge(paid.currency(), paid.amount(), BigDecimal::add);
            totals.merge(paid.currency(), new AnalyticsViews.Total(paid.currency(), paid.sales(), paid.amount(), null),
                    (a, b) -> new AnalyticsViews.Total(a.currency(), a.sales() + b.sales(), a.amount().add(b.amount()), null));
        }
        // Every day of the period in every currency sold in it, zeros included, so a chart has no gaps.
        List<AnalyticsViews.Day> days = new ArrayList<>();
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            for (String currency : totals.keySet()) {
                long[] count = counts.getOrDefault(day, Map.of()).get(currency);
                BigDecimal amount = amounts.getOrDefault(day, Map.of()).get(currency);
                days.add(new AnalyticsViews.Day(day, currency, count == null ? 0 : count[0],
                        amount == null ? BigDecimal.ZERO.setScale(2) : amount));
            }
        }
        List<AnalyticsViews.Total> withAverage = totals.values().stream().map(total -> new AnalyticsViews.Total(total.currency(),
                total.sales(), total.amount(), total.sales() == 0 ? BigDecimal.ZERO
                        : total.amount().divide(BigDecimal.valueOf(total.sales()), 2, RoundingMode.HALF_UP))).toList();
        List<AnalyticsViews.Product> products = sales.revenueByProduct(period.start(), period.end(), TOP_PRODUCTS).stream()
                .map(product -> new AnalyticsViews.Product(product.productId(),
                        catalog.find(product.productId()).map(ProductView::name).orElse(null), product.currency(), product.sales(),
                        product.amount())).toList();
        return new AnalyticsViews.Revenue(period.from(), period.to(), period.zone().getId(), withAverage, days, products);
    }

    AnalyticsViews.PaymentLinks paymentLinks(ReportPeriod period) {
        SalesAnalytics.PaymentLinks links = sales.paymentLinks(period.start(), period.end());
        return new AnalyticsViews.PaymentLinks(period.from(), period.to(), period.zone().getId(), links.sent(), links.paid(),
                links.pending(), links.failed(), rate(links.paid(), links.sent()), links.medianMinutesToPay());
    }

    AnalyticsViews.Bookings bookings(ReportPeriod period) {
        long count = 0;
        long open = 0;
        long booked = 0;
        Map<String, BigDecimal> revenue = new TreeMap<>();
        List<AnalyticsViews.BookingDay> days = new ArrayList<>();
        for (BookingFigures.Day day : bookingFigures.daysBetween(period.from(), period.to())) {
            count += day.bookings();
            open += day.openMinutes();
            booked += day.bookedMinutes();
            day.revenue().forEach((currency, amount) -> revenue.merge(currency, amount, BigDecimal::add));
            days.add(new AnalyticsViews.BookingDay(day.day(), day.bookings(), rate(day.bookedMinutes(), day.openMinutes())));
        }
        long bookings = count;
        return new AnalyticsViews.Bookings(period.from(), period.to(), period.zone().getId(), bookings, rate(booked, open),
                revenue.entrySet().stream().map(entry -> new AnalyticsViews.Total(entry.getKey(), 0, entry.getValue(), null)).toList(),
                days);
    }

    AnalyticsViews.Gaps knowledgeGaps(ReportPeriod period) {
        return new AnalyticsViews.Gaps(period.from(), period.to(), period.zone().getId(),
                gaps.between(period.start(), period.end(), TOP_GAPS).stream()
                        .map(gap -> new AnalyticsViews.Gap(gap.question(), gap.times(), gap.lastAsked())).toList());
    }

    AnalyticsViews.Conversations conversations(ReportPeriod period) {
        Map<LocalDate, long[]> byDay = new TreeMap<>();
        for (ConversationFigures.Activity activity : conversations.activityBetween(period.start(), period.end())) {
            long[] day = byDay.computeIfAbsent(period.dayOf(activity.at()), d -> new long[5]);
            day[0] += activity.conversationsStarted();
            day[1] += activity.messages();
            day[2] += activity.aiReplies();
            day[3] += activity.humanReplies();
            day[4] += activity.handoffs();
        }
        long[] total = new long[5];
        List<AnalyticsViews.ConversationDay> days = new ArrayList<>();
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            long[] counts = byDay.getOrDefault(day, new long[5]);
            for (int i = 0; i < total.length; i++) {
                total[i] += counts[i];
            }
            days.add(new AnalyticsViews.ConversationDay(day, counts[0], counts[1], counts[2], counts[3], counts[4]));
        }
        return new AnalyticsViews.Conversations(period.from(), period.to(), period.zone().getId(), total[0], total[1], total[2],
                total[3], total[4], rate(total[2], total[2] + total[3]), rate(total[4], total[0]), days);
    }

    /**
     * From the per-day counts of the waits by bucket: the percentiles of the period (the counts added up
     * by the store, a few hundred rows) and of each of its days (a row a day for the days that are over).
     */
    AnalyticsViews.ResponseTimes responseTimes(ReportPeriod period) {
        Map<String, WaitHistogram> groups = new TreeMap<>();
        WaitHistogram resolution = new WaitHistogram();
        LocalDate today = LocalDate.now(clock.withZone(period.zone()));
        for (ConversationTimings.Counted counted : timings.countedBetween(period.from(), period.to(), today)) {
            if ("RESOLUTION".equals(counted.kind())) {
                resolution.add(counted.bucket(), counted.count());
                continue;
            }
            for (String group : List.of("all", counted.answeredBy())) {
                groups.computeIfAbsent("response:" + group, key -> new WaitHistogram()).add(counted.bucket(), counted.count());
                if (counted.first()) {
                    groups.computeIfAbsent("first:" + group, key -> new WaitHistogram()).add(counted.bucket(), counted.count());
                }
            }
        }
        Map<LocalDate, ConversationTimings.Day> byDay = new TreeMap<>();
        timings.daysBetween(period.from(), period.to(), today).forEach(day -> byDay.put(day.day(), day));
        List<AnalyticsViews.ResponseDay> days = new ArrayList<>();
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            ConversationTimings.Day counted = byDay.get(day);
            days.add(counted == null ? new AnalyticsViews.ResponseDay(day, 0, null, null)
                    : new AnalyticsViews.ResponseDay(day, counted.count(), seconds(WaitHistogram.middle(counted.p50Bucket())),
                            seconds(WaitHistogram.middle(counted.p90Bucket()))));
        }
        return new AnalyticsViews.ResponseTimes(period.from(), period.to(), period.zone().getId(), waits(groups, "first"),
                waits(groups, "response"), durations(resolution), days);
    }

    /** The waits of a kind ({@code first} or {@code response}), all and by who answered. */
    private static AnalyticsViews.Waits waits(Map<String, WaitHistogram> groups, String kind) {
        return new AnalyticsViews.Waits(durations(groups.get(kind + ":all")), durations(groups.get(kind + ":AI")),
                durations(groups.get(kind + ":HUMAN")));
    }

    private static AnalyticsViews.Durations durations(WaitHistogram waits) {
        return waits == null ? new AnalyticsViews.Durations(0, null, null)
                : new AnalyticsViews.Durations(waits.count(), seconds(waits.percentile(0.5)), seconds(waits.percentile(0.9)));
    }

    AnalyticsViews.Handoffs handoffs(ReportPeriod period) {
        List<ConversationTimings.ReasonRow> reasons = timings.handoffsBetween(period.start(), period.end());
        long total = reasons.stream().mapToLong(ConversationTimings.ReasonRow::count).sum();
        return new AnalyticsViews.Handoffs(period.from(), period.to(), period.zone().getId(), total, reasons.stream()
                .map(row -> new AnalyticsViews.HandoffReasonCount(row.reason().name(), row.count(), rate(row.count(), total),
                        row.latest())).toList());
    }

    private static Double seconds(Double seconds) {
        return seconds == null ? null : Math.round(seconds * 10) / 10.0;
    }

    private static Double days(Double days) {
        return days == null ? null : Math.round(days * 10) / 10.0;
    }

    private static double rate(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }
}
