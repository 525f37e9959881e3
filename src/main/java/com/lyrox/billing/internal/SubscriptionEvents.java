package com.lyrox.billing.internal;

import com.lyrox.platform.StripeAmounts;
import com.lyrox.billing.BillingSettings;
import com.lyrox.billing.BillingStripeSettings;
import com.lyrox.billing.PrepaidBalance;
import com.lyrox.billing.PlanPaymentFailed;
import com.lyrox.platform.StripeSignedEvents;
import com.lyrox.platform.TenantContext;
import com.lyrox.tenants.Companies;
import com.lyrox.tenants.Plan;
import java.sql.Timestamp;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Stripe's events about Lyrox's own subscriptions move companies' plans: a paid Checkout starts
 * the plan, a subscription's change or end follows it; a paid top-up Checkout fills the prepaid
 * balance. Each event is recorded once, in the
 * transaction of its effect; events about one company are applied one after the other, and one
 * made before an event already applied changes nothing (Stripe does not promise order).
 */
@Service
class SubscriptionEvents {

    static final String SIGNATURE = StripeSignedEvents.SIGNATURE;
    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    /** What an event means for a company's plan; {@code company} null when it names none. */
    record Change(String eventId, String type, Instant created, UUID company, Plan plan, String customerId,
                  String subscriptionId, String status, Invoice invoice, TopUp topUp) {

        Change(String eventId, String type, Instant created, UUID company, Plan plan, String customerId,
               String subscriptionId, String status, Invoice invoice) {
            this(eventId, type, created, company, plan, customerId, subscriptionId, status, invoice, null);
        }
    }

    /** A paid Checkout that puts money on the company's prepaid balance (its session names the deposit). */
    record TopUp(String sessionId, BigDecimal amount, String currency) {
    }

    /** An invoice of a company's subscription, as Stripe made it (amounts in the currency, not its smallest unit). */
    record Invoice(String id, String number, String status, BigDecimal amountDue, BigDecimal amountPaid, String currency,
                   Instant periodStart, Instant periodEnd, String hostedUrl, String pdfUrl, boolean paymentFailed) {
    }

    /** What was done with an event. */
    enum Outcome { APPLIED, STALE, OTHER_SUBSCRIPTION, INVOICE_RECORDED, DEPOSITED, IGNORED, UNKNOWN_COMPANY, DUPLICATE }

    private final BillingStripeSettings settings;
    private final Companies companies;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Map<String, Plan> plansByPrice;
    private final TransactionTemplate tx;
    private final PlanInvoices invoices;
    private final ApplicationEventPublisher events;
    private final BillingSettings billing;
    private final PrepaidBalance balances;

    SubscriptionEvents(BillingStripeSettings settings, Companies companies, JdbcTemplate jdbc, ObjectMapper json,
                       TransactionTemplate tx, PlanInvoices invoices, ApplicationEventPublisher events,
                       BillingSettings billing, PrepaidBalance balances) {
        this.billing = billing;
        this.balances = balances;
        this.tx = tx;
        this.invoices = invoices;
        this.events = events;
        this.settings = settings;
        this.companies = companies;
        this.jdbc = jdbc;
        this.json = json;
        this.plansByPrice = settings.prices().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey, (first, second) -> first));
    }

    /** The event, its Stripe-Signature checked over the raw body with the endpoint's secret. */
    Change read(byte[] body, String signature) {
        StripeSignedEvents event = StripeSignedEvents.read(body, signature, settings.webhookSecret(), TOLERANCE, json);
        String id = event.id();
        String type = event.type();
        Instant created = event.created();
        JsonNode object = event.object();
        return switch (type) {
            case "checkout.session.completed" -> "subscription".equals(object.path("mode").asString(""))
                    ? new Change(id, type, created, company(object.path("client_reference_id"), object), plan(object.path("metadata")),
                            text(object.path("customer")), text(object.path("subscription")), "ACTIVE", null)
                    : topUp(id, type, created, object);
            case "checkout.session.async_payment_succeeded" -> topUp(id, type, created, object);
            case "customer.subscription.created", "customer.subscription.updated" -> subscription(id, type, created, object);
            case "customer.subscription.deleted" -> new Change(id, type, created, company(null, object), Plan.FREE,
                    text(object.path("customer")), text(object.path("id")), "CANCELED", null);
            case "invoice.paid", "invoice.payment_failed", "invoice.finalized" -> invoice(id, type, created, object);
            default -> ignored(id, type, created);
        };
    }

    /**
     * Applies the event in one transaction, begun in its company's tenant (whose subscription is
     * behind row-level security).
     */
    Outcome applyInItsTenant(Change change) {
        return change.company() == null ? tx.execute(status -> apply(change))
                : TenantContext.callAs(change.company(), null, () -> tx.execute(status -> apply(change)));
    }

    private Outcome apply(Change change) {
        boolean known = change.company() != null && companies.find(change.company()).isPresent();
        boolean actionable = known && (change.plan() != null || change.invoice() != null || change.topUp() != null);
        int recorded = jdbc.update("""
                INSERT INTO billing_events (event_id, company_id, type, created, outcome) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (event_id) DO NOTHING""", change.eventId(), known ? change.company() : null, change.type(),
                Timestamp.from(change.created()), Outcome.IGNORED.name());
        if (recorded == 0) {
            return Outcome.DUPLICATE;
        }
        Outcome outcome;
        if (change.company() != null && !known) {
            outcome = Outcome.UNKNOWN_COMPANY;
        } else if (!actionable) {
            outcome = Outcome.IGNORED;
        } else if (change.topUp() != null) {
            outcome = topUp(change.company(), change.topUp());
        } else if (change.invoice() != null) {
            invoices.record(change.company(), change.invoice(), change.created());
            if (change.invoice().paymentFailed()) {
                events.publishEvent(new PlanPaymentFailed(change.company(), change.invoice().number(),
                        change.invoice().amountDue(), change.invoice().currency()));
            }
            outcome = Outcome.INVOICE_RECORDED;
        } else {
            // One company's events in line: the check for a later event and the change happen together.
            jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)", Object.class,
                    change.company().getMostSignificantBits() ^ change.company().getLeastSignificantBits());
            Integer later = jdbc.queryForObject("""
                    SELECT count(*) FROM billing_events
                     WHERE company_id = ? AND outcome = 'APPLIED' AND created > ?""", Integer.class, change.company(),
                    Timestamp.from(change.created()));
            Optional<String> paidBy = companies.billedSubscription(change.company());
            if (later != null && later > 0) {
                outcome = Outcome.STALE;
            } else if (change.type().startsWith("customer.subscription.") && paidBy.isPresent()
                    && !paidBy.get().equals(change.subscriptionId())) {
                // A subscription the company left when it bought another: its renewals and its end move nothing.
                outcome = Outcome.OTHER_SUBSCRIPTION;
            } else {
                companies.billed(change.company(), change.plan(), change.customerId(), change.subscriptionId(), change.status());
                outcome = Outcome.APPLIED;
            }
        }
        jdbc.update("UPDATE billing_events SET outcome = ? WHERE event_id = ?", outcome.name(), change.eventId());
        return outcome;
    }

    /** The money of a paid top-up on the balance, once per Checkout Session (the deposit's reference). */
    private Outcome topUp(UUID company, TopUp topUp) {
        if (!topUp.currency().equals(billing.currency())) {
            return Outcome.IGNORED;
        }
        balances.deposit(company, topUp.amount(), "stripe:" + topUp.sessionId(), "STRIPE", "Stripe Checkout");
        return Outcome.DEPOSITED;
    }

    /** A subscription's state: active or trialing keeps its price's plan; past due keeps it, marked; ended is FREE. */
    private Change subscription(String id, String type, Instant created, JsonNode subscription) {
        String stripeStatus = subscription.path("status").asString("");
        Plan byPrice = plansByPrice.get(subscription.path("items").path("data").path(0).path("price").path("id").asString(""));
        Plan plan = byPrice != null ? byPrice : plan(subscription.path("metadata"));
        String status = switch (stripeStatus) {
            case "active", "trialing" -> "ACTIVE";
            case "past_due", "unpaid" -> "PAST_DUE";
            case "canceled", "incomplete_expired" -> "CANCELED";
            default -> null;
        };
        if (status == null) {
            return ignored(id, type, created);
        }
        return new Change(id, type, created, company(null, subscription), "CANCELED".equals(status) ? Plan.FREE : plan,
                text(subscription.path("customer")), text(subscription.path("id")), status, null);
    }

    /**
     * A paid Checkout of the prepaid balance ({@link PlanCheckout#topUp}): an async payment method
     * completes the session unpaid, and its {@code async_payment_succeeded} brings the money.
     */
    private static Change topUp(String id, String type, Instant created, JsonNode session) {
        String currency = text(session.path("currency"));
        String sessionId = text(session.path("id"));
        if (!"payment".equals(session.path("mode").asString("")) || !PlanCheckout.TOP_UP.equals(session.path("metadata").path("purpose").asString(""))
                || !"paid".equals(session.path("payment_status").asString("")) || currency == null || sessionId == null
                || !session.path("amount_total").isIntegralNumber() || session.path("amount_total").asLong() <= 0) {
            return ignored(id, type, created);
        }
        String code = currency.toUpperCase(java.util.Locale.ROOT);
        return new Change(id, type, created, company(session.path("client_reference_id"), session), null, null, null, null, null,
                new TopUp(sessionId, StripeAmounts.fromMinor(session.path("amount_total").asLong(), code), code));
    }

    private static Change ignored(String id, String type, Instant created) {
        return new Change(id, type, created, null, null, null, null, null, null);
    }

    /**
     * An invoice of a subscription: its company from the subscription's metadata, wherever the
     * event's API version puts it ({@code parent.subscription_details} since 2025, else
     * {@code subscription_details}, else the invoice's own metadata).
     */
    private static Change invoice(String id, String type, Instant created, JsonNode invoice) {
        JsonNode details = invoice.path("parent").path("subscription_details");
        if (details.isMissingNode()) {
            details = invoice.path("subscription_details");
        }
        UUID company = company(null, details.path("metadata").isObject() ? details : invoice);
        String currency = text(invoice.path("currency"));
        String invoiceId = text(invoice.path("id"));
        if (company == null || currency == null || invoiceId == null || !invoice.path("amount_due").isIntegralNumber()) {
            return ignored(id, type, created);
        }
        String code = currency.toUpperCase(java.util.Locale.ROOT);
        return new Change(id, type, created, company, null, text(invoice.path("customer")), null, null, new Invoice(invoiceId,
                text(invoice.path("number")), invoice.path("status").asString("open"),
                StripeAmounts.fromMinor(invoice.path("amount_due").asLong(), code),
                StripeAmounts.fromMinor(invoice.path("amount_paid").asLong(0), code), code,
                seconds(invoice.path("period_start")), seconds(invoice.path("period_end")), text(invoice.path("hosted_invoice_url")),
                text(invoice.path("invoice_pdf")), "invoice.payment_failed".equals(type)));
    }

    private static Instant seconds(JsonNode node) {
        return node.isIntegralNumber() ? Instant.ofEpochSecond(node.asLong()) : null;
    }

    private static UUID company(JsonNode reference, JsonNode object) {
        String text = reference != null && reference.isString() ? reference.asString()
                : object.path("metadata").path("company_id").asString("");
        try {
            return text.isBlank() ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Plan plan(JsonNode metadata) {
        try {
            return Plan.valueOf(metadata.path("plan").asString(""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(JsonNode node) {
        return node.isString() && !node.asString().isBlank() && node.asString().length() <= 255 ? node.asString() : null;
    }
}
