package com.lyrox.reports.internal;

import com.lyrox.billing.AiQuota;
import com.lyrox.conversations.ConversationFigures;
import com.lyrox.customers.CustomerFigures;
import com.lyrox.platform.TenantContext;
import com.lyrox.sales.SalesFigures;
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

/**
 * Adds up the activity of the last 30 days and of this month by day, in the company's time zone,
 * from counts per quarter of an hour (every time zone's offset is a whole number of quarters, so
 * each quarter lies within one local day): the work does not grow with the company's history.
 */
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
        ZoneId zone = companies.find(companyId).map(CompanyProfile::zone).orElse(ZoneOffset.UTC);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate firstDay = today.minusDays(DAYS - 1L);
        LocalDate monthStart = today.withDayOfMonth(1);
        LocalDate from = monthStart.isBefore(firstDay) ? monthStart : firstDay;
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = today.plusDays(1).atStartOfDay(zone).toInstant();

        Map<LocalDate, Tally> byDay = new TreeMap<>();
        for (ConversationFigures.Activity activity : conversations.activityBetween(start, end)) {
            Tally day = on(byDay, zone, activity.at());
            day.conversations += activity.conversationsStarted();
            day.messages += activity.messages();
            day.aiReplies += activity.aiReplies();
            day.handoffs += activity.handoffs();
        }
        for (CustomerFigures.FirstContacts contacts : customers.firstContactsBetween(start, end)) {
            on(byDay, zone, contacts.at()).newLeads += contacts.customers();
        }
        for (SalesFigures.CompletedSales paid : sales.completedBetween(start, end)) {
            Tally day = on(byDay, zone, paid.at());
            day.sales += paid.sales();
            day.revenue.merge(paid.currency(), paid.amount(), BigDecimal::add);
        }

        List<OverviewView.Day> days = new ArrayList<>();
        for (LocalDate day = firstDay; !day.isAfter(today); day = day.plusDays(1)) {
            Tally tally = byDay.getOrDefault(day, new Tally());
            days.add(new OverviewView.Day(day, tally.conversations, tally.messages, tally.aiReplies, tally.handoffs,
                    tally.newLeads, tally.sales));
        }
        AiQuota.Usage usage = quota.usage(companyId);
        return new OverviewView(zone.getId(), figures(byDay, today::equals),
                figures(byDay, day -> !day.isBefore(monthStart)), days,
                new OverviewView.Usage(usage.plan(), usage.used(), usage.limit(), usage.percent()));
    }

    private static Tally on(Map<LocalDate, Tally> byDay, ZoneId zone, Instant at) {
        return byDay.computeIfAbsent(LocalDate.ofInstant(at, zone), day -> new Tally());
    }

    private static OverviewView.Figures figures(Map<LocalDate, Tally> byDay, Predicate<LocalDate> period) {
        Tally total = new Tally();
        byDay.forEach((day, tally) -> {
            if (period.test(day)) {
                total.add(tally);
            }
        });
        return new OverviewView.Figures(total.conversations, total.messages, total.aiReplies, total.handoffs,
                total.newLeads, total.sales, total.revenue.entrySet().stream()
                        .map(entry -> new OverviewView.Revenue(entry.getValue(), entry.getKey())).toList());
    }


    /** The counts of one day or period; revenue per currency. */
    private static final class Tally {
        long conversations;
        long messages;
        long aiReplies;
        long handoffs;
        long newLeads;
        long sales;
        final Map<String, BigDecimal> revenue = new TreeMap<>();

        void add(Tally other) {
            conversations += other.conversations;
            messages += other.messages;
            aiReplies += other.aiReplies;
            handoffs += other.handoffs;
            newLeads += other.newLeads;
            sales += other.sales;
            other.revenue.forEach((currency, amount) -> revenue.merge(currency, amount, BigDecimal::add));
        }
    }
}
