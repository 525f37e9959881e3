package com.lyrox.reports.internal;

import com.lyrox.billing.AiQuota;
import com.lyrox.conversations.ConversationFigures;
import com.lyrox.customers.CustomerFigures;
import com.lyrox.platform.TenantContext;
import com.lyrox.sales.SalesFigures;
import com.lyrox.sales.SalesFigures.CompletedSale;
import com.lyrox.tenants.Companies;
import com.lyrox.tenants.CompanyProfile;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;

/** Buckets the activity of the last 30 days and of this month by day, in the company's time zone. */
@Service
class OverviewReport {

    static final int DAYS = 30;

    private final ConversationFigures conversations;
    private final CustomerFigures customers;
    private final SalesFigures sales;
    private final AiQuota quota;
    private final Companies companies;
    private final Clock clock;

    OverviewReport(ConversationFigures conversations, CustomerFigures customers, SalesFigures sales, AiQuota quota,
                   Companies companies, Clock clock) {
        this.conversations = conversations;
        this.customers = customers;
        this.sales = sales;
        this.quota = quota;
        this.companies = companies;
        this.clock = clock;
    }

    OverviewView overview() {
        UUID companyId = TenantContext.requireCompanyId();
        ZoneId zone = zone(companies.find(companyId).map(CompanyProfile::timezone).orElse(null));
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate firstDay = today.minusDays(DAYS - 1L);
        LocalDate monthStart = today.withDayOfMonth(1);
        LocalDate from = monthStart.isBefore(firstDay) ? monthStart : firstDay;
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = today.plusDays(1).atStartOfDay(zone).toInstant();

        ConversationFigures.Activity activity = conversations.activityBetween(start, end);
        List<Instant> leads = customers.firstContactsBetween(start, end);
        List<CompletedSale> paid = sales.completedBetween(start, end);
        Bucket bucket = new Bucket(zone);

        List<OverviewView.Day> days = new ArrayList<>();
        for (LocalDate day = firstDay; !day.isAfter(today); day = day.plusDays(1)) {
            Predicate<LocalDate> on = day::equals;
            days.add(new OverviewView.Day(day, bucket.count(activity.conversationsStarted(), on),
                    bucket.count(activity.messages(), on), bucket.count(activity.aiReplies(), on),
                    bucket.count(activity.handoffs(), on), bucket.count(leads, on), bucket.countSales(paid, on)));
        }
        AiQuota.Usage usage = quota.usage(companyId);
        return new OverviewView(zone.getId(), figures(activity, leads, paid, bucket, today::equals),
                figures(activity, leads, paid, bucket, day -> !day.isBefore(monthStart)), days,
                new OverviewView.Usage(usage.plan(), usage.used(), usage.limit(), usage.percent()));
    }

    private static OverviewView.Figures figures(ConversationFigures.Activity activity, List<Instant> leads,
                                                List<CompletedSale> paid, Bucket bucket, Predicate<LocalDate> period) {
        Map<String, BigDecimal> revenue = new TreeMap<>();
        paid.stream().filter(sale -> period.test(bucket.day(sale.completedAt())))
                .forEach(sale -> revenue.merge(sale.currency(), sale.amount(), BigDecimal::add));
        return new OverviewView.Figures(bucket.count(activity.conversationsStarted(), period),
                bucket.count(activity.messages(), period), bucket.count(activity.aiReplies(), period),
                bucket.count(activity.handoffs(), period), bucket.count(leads, period), bucket.countSales(paid, period),
                revenue.entrySet().stream().map(entry -> new OverviewView.Revenue(entry.getValue(), entry.getKey()))
                        .toList());
    }

    private static ZoneId zone(String timezone) {
        try {
            return timezone == null ? ZoneOffset.UTC : ZoneId.of(timezone);
        } catch (RuntimeException e) {
            return ZoneOffset.UTC;
        }
    }

    /** Days of instants in one time zone. */
    private record Bucket(ZoneId zone) {

        LocalDate day(Instant at) {
            return LocalDate.ofInstant(at, zone);
        }

        long count(List<Instant> moments, Predicate<LocalDate> period) {
            return moments.stream().filter(at -> period.test(day(at))).count();
        }

        long countSales(List<CompletedSale> paid, Predicate<LocalDate> period) {
            return paid.stream().filter(sale -> period.test(day(sale.completedAt()))).count();
        }
    }
}
