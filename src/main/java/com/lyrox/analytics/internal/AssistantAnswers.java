package com.lyrox.analytics.internal;

import com.lyrox.analytics.internal.AssistantQuestion.Kind;
import com.lyrox.billing.AiQuota;
import com.lyrox.conversations.ConversationView;
import com.lyrox.conversations.WaitingConversations;
import com.lyrox.customers.CustomerFunnel;
import com.lyrox.customers.LeadScores;
import com.lyrox.platform.TenantContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Answers a question of a kind from read-only figures of the current company only: the analytics
 * report, the best-scored leads, the conversations waiting for a person, the lead model and the
 * AI allowance. Never free-form queries; every number named, every customer or conversation linked.
 */
@Component
class AssistantAnswers {

    static final int LISTED = 5;
    private static final Instant EVER = Instant.parse("2000-01-01T00:00:00Z");

    private final AnalyticsReport report;
    private final LeadScores leads;
    private final WaitingConversations waiting;
    private final LeadModels models;
    private final AiQuota quota;
    private final CustomerFunnel funnel;
    private final Clock clock;

    AssistantAnswers(AnalyticsReport report, LeadScores leads, WaitingConversations waiting, LeadModels models, AiQuota quota,
                     CustomerFunnel funnel, Clock clock) {
        this.funnel = funnel;
        this.clock = clock;
        this.report = report;
        this.leads = leads;
        this.waiting = waiting;
        this.models = models;
        this.quota = quota;
    }

    AssistantAnswer answer(AssistantQuestion question) {
        AssistantWords words = new AssistantWords(question.language());
        ReportPeriod period = report.period(question.from(), question.to());
        String when = words.period(question.period(), question.from(), question.to());
        Map<String, Object> figures = new LinkedHashMap<>();
        List<AssistantAnswer.Link> links = new ArrayList<>();
        String content = switch (question.kind()) {
            case NEW_LEADS -> {
                long contacted = report.funnel(period).contacted();
                figures.put("newCustomers", contacted);
                yield words.newLeads(contacted, when);
            }
            case FUNNEL -> {
                AnalyticsViews.Funnel funnel = report.funnel(period);
                funnel.steps().forEach(step -> figures.put(step.stage(), step.count()));
                yield words.funnel(funnel, when);
            }
            case CUSTOMERS -> {
                CustomerFunnel.Standing all = funnel.standingOf(EVER, clock.instant());
                figures.put("customers", all.customers());
                figures.put("contacted", all.contacted());
                yield words.customers(all.customers(), all.contacted());
            }
            case WHO_TO_CALL -> {
                List<LeadScores.Ranked> best = leads.bestLeads(LISTED);
                best.forEach(lead -> links.add(new AssistantAnswer.Link("customer", lead.customerId().toString(), name(lead))));
                figures.put("leads", best.size());
                yield words.whoToCall(best.stream().map(lead -> words.lead(name(lead), lead.score(),
                        lead.factors().isEmpty() ? null : lead.factors().get(0).text())).toList());
            }
            case WAITING -> {
                WaitingConversations.Waiting held = waiting.waitingForAPerson(LISTED);
                held.first().forEach(conversation -> links.add(new AssistantAnswer.Link("conversation", conversation.id().toString(),
                        label(conversation))));
                figures.put("waiting", held.total());
                yield words.waiting(held.total(), held.first().stream().map(AssistantAnswers::label).toList());
            }
            case BEST_PRODUCTS -> {
                AnalyticsViews.Revenue revenue = report.revenue(period);
                figures.put("products", revenue.products().size());
                yield words.bestProducts(revenue.products().stream().limit(LISTED)
                        .map(product -> words.product(product.name(), product.sales(), money(product.amount(), product.currency())))
                        .toList(), when);
            }
            case REVENUE, AVERAGE_SALE -> {
                AnalyticsViews.Revenue revenue = report.revenue(period);
                revenue.totals().forEach(total -> figures.put(total.currency(), total.amount().toPlainString()));
                List<String> totals = revenue.totals().stream().map(total -> question.kind() == Kind.REVENUE
                        ? words.revenueLine(money(total.amount(), total.currency()), total.sales())
                        : words.averageLine(money(total.average(), total.currency()), total.sales())).toList();
                yield question.kind() == Kind.REVENUE ? words.revenue(totals, when) : words.average(totals, when);
            }
            case PAYMENT_LINKS, UNPAID -> {
                AnalyticsViews.PaymentLinks sent = report.paymentLinks(period);
                figures.put("sent", sent.sent());
                figures.put("paid", sent.paid());
                figures.put("pending", sent.pending());
                yield question.kind() == Kind.UNPAID ? words.unpaid(sent.pending(), sent.sent(), when)
                        : words.paymentLinks(sent.sent(), sent.paid(), percent(sent.paidRate()), when);
            }
            case AI_PERFORMANCE, HANDOFFS, CONVERSATIONS -> {
                AnalyticsViews.Conversations talks = report.conversations(period);
                figures.put("started", talks.started());
                figures.put("aiReplies", talks.aiReplies());
                figures.put("humanReplies", talks.humanReplies());
                figures.put("handoffs", talks.handoffs());
                yield switch (question.kind()) {
                    case HANDOFFS -> words.handoffs(talks.handoffs(), talks.started(), percent(talks.handoffRate()), when);
                    case CONVERSATIONS -> words.conversations(talks.started(), talks.messages(), when);
                    default -> words.aiPerformance(talks.aiReplies(), percent(talks.aiShare()), talks.handoffs(),
                            percent(talks.handoffRate()), when);
                };
            }
            case AI_USAGE -> {
                AiQuota.Usage usage = quota.usage(TenantContext.requireCompanyId());
                figures.put("used", usage.used());
                figures.put("limit", usage.limit());
                yield words.aiUsage(usage.used(), usage.limit(), usage.plan());
            }
            case LEAD_MODEL -> {
                var stored = models.find();
                figures.put("auc", stored.map(LeadModels.Stored::auc).orElse(null));
                yield stored.filter(model -> model.model().isPresent())
                        .map(model -> words.leadModel(model.conversions(), model.customers(), model.auc()))
                        .orElseGet(words::leadModelPrior);
            }
            case HELP -> words.help();
        };
        return new AssistantAnswer(content, figures, links);
    }

    private static String name(LeadScores.Ranked lead) {
        return lead.name() == null || lead.name().isBlank() ? lead.phone() : lead.name();
    }

    private static String label(ConversationView conversation) {
        return conversation.customerName() == null || conversation.customerName().isBlank() ? conversation.customerPhone()
                : conversation.customerName();
    }

    private static String money(BigDecimal amount, String currency) {
        return amount.toPlainString() + " " + currency;
    }

    private static String percent(double rate) {
        return Math.round(rate * 100) + "%";
    }

    static String joined(List<String> parts) {
        return parts.stream().collect(Collectors.joining("; "));
    }
}
