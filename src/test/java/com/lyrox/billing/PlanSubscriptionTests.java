package com.lyrox.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.lyrox.support.Api;
import com.lyrox.support.Api.Account;
import com.lyrox.support.LiveClient;
import com.lyrox.support.LyroxTest;
import com.lyrox.support.StripeSignatures;
import com.lyrox.support.StripeStub;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * An owner buys a plan through Stripe Checkout on Lyrox's own account, and Stripe's signed events
 * about the subscription move the company's plan: once each, and never back to an older state.
 */
@LyroxTest
class PlanSubscriptionTests {

    static final String SECRET = "whsec_lyroxBilling";

    @Autowired
    Api api;

    @LocalServerPort
    int port;

    private Api.Reply event(String payload, String secret) {
        return api.raw(MockMvcRequestBuilders.post("/webhooks/stripe-billing").contentType(MediaType.APPLICATION_JSON)
                .content(payload.getBytes(StandardCharsets.UTF_8))
                .header("Stripe-Signature", StripeSignatures.header(payload, secret, Instant.now().getEpochSecond())));
    }

    static String checkoutCompleted(String id, Account owner, String plan, long created) {
        return """
                {"id":"%s","object":"event","created":%d,"type":"checkout.session.completed","data":{"object":{
                 "id":"cs_test_x","object":"checkout.session","mode":"subscription","client_reference_id":"%s",
                 "customer":"cus_1","subscription":"sub_1","metadata":{"company_id":"%s","plan":"%s"}}}}"""
                .formatted(id, created, owner.companyId(), owner.companyId(), plan);
    }

    static String subscription(String id, String type, Account owner, String price, String status, long created) {
        return """
                {"id":"%s","object":"event","created":%d,"type":"%s","data":{"object":{
                 "id":"sub_1","object":"subscription","customer":"cus_1","status":"%s",
                 "items":{"data":[{"price":{"id":"%s"}}]},"metadata":{"company_id":"%s","plan":"STARTER"}}}}"""
                .formatted(id, created, type, status, price, owner.companyId());
    }

    private String plan(Account owner) {
        return api.get("/api/v1/company", owner.accessToken()).text("$.plan");
    }

    @Test
    void theOwnerIsSentToStripeCheckoutForThePlansPriceNamingTheCompany() {
        Account owner = api.signUp();
        assertThat(api.get("/api/v1/billing/plans", owner.accessToken()).<java.util.List<String>>read("$.plans"))
                .containsExactly("STARTER", "PROFESSIONAL", "ENTERPRISE");
        int before = StripeStub.shared().calls().size();

        var checkout = api.post("/api/v1/billing/checkout", owner.accessToken(), Map.of("plan", "PROFESSIONAL"));

        assertThat(checkout.status()).isEqualTo(200);
        assertThat(checkout.text("$.url")).startsWith("https://checkout.stripe.com/c/pay/cs_test_");
        StripeStub.Call call = StripeStub.shared().calls().get(before);
        assertThat(call.authorization()).isEqualTo("Bearer sk_test_lyroxBilling");
        assertThat(call.form()).containsEntry("mode", "subscription").containsEntry("line_items[0][price]", "price_professional")
                .containsEntry("client_reference_id", owner.companyId().toString())
                .containsEntry("metadata[plan]", "PROFESSIONAL")
                .containsEntry("subscription_data[metadata][company_id]", owner.companyId().toString());
        assertThat(plan(owner)).isEqualTo("FREE");

        Account admin = api.member(owner, "ADMIN");
        assertThat(api.post("/api/v1/billing/checkout", admin.accessToken(), Map.of("plan", "PROFESSIONAL")).status())
                .isEqualTo(403);
        var free = api.post("/api/v1/billing/checkout", owner.accessToken(), Map.of("plan", "FREE"));
        assertThat(free.status()).isEqualTo(400);
        assertThat(free.text("$.errors[0].field")).isEqualTo("plan");
    }

    @Test
    void stripesEventsMoveThePlanOnceEachAndAnOlderOneChangesNothing() {
        Account owner = api.signUp();
        long now = Instant.now().getEpochSecond();

        var paid = event(checkoutCompleted("evt_b1_" + owner.companyId(), owner, "PROFESSIONAL", now - 60), SECRET);
        assertThat(paid.text("$.outcome")).isEqualTo("APPLIED");
        assertThat(plan(owner)).isEqualTo("PROFESSIONAL");
        assertThat(event(checkoutCompleted("evt_b1_" + owner.companyId(), owner, "PROFESSIONAL", now - 60), SECRET)
                .text("$.outcome")).isEqualTo("DUPLICATE");

        var upgraded = event(subscription("evt_b2_" + owner.companyId(), "customer.subscription.updated", owner,
                "price_enterprise", "active", now - 30), SECRET);
        assertThat(upgraded.text("$.outcome")).isEqualTo("APPLIED");
        assertThat(plan(owner)).isEqualTo("ENTERPRISE");
        // The subscription the company left for this one (bought earlier) moves nothing any more.
        var left = event(subscription("evt_b5_" + owner.companyId(), "customer.subscription.updated", owner,
                "price_starter", "active", now - 20).replace("\"id\":\"sub_1\"", "\"id\":\"sub_old\""), SECRET);
        assertThat(left.text("$.outcome")).isEqualTo("OTHER_SUBSCRIPTION");
        assertThat(plan(owner)).isEqualTo("ENTERPRISE");
        // Made before the upgrade, delivered after it: the company stays where the newer event put it.
        var older = event(subscription("evt_b3_" + owner.companyId(), "customer.subscription.updated", owner,
                "price_starter", "active", now - 45), SECRET);
        assertThat(older.text("$.outcome")).isEqualTo("STALE");
        assertThat(plan(owner)).isEqualTo("ENTERPRISE");

        var ended = event(subscription("evt_b4_" + owner.companyId(), "customer.subscription.deleted", owner,
                "price_enterprise", "canceled", now), SECRET);
        assertThat(ended.text("$.outcome")).isEqualTo("APPLIED");
        assertThat(plan(owner)).isEqualTo("FREE");
    }

    static String topUpCompleted(String id, Account owner, String session, String paymentStatus, long amount, String currency) {
        return """
                {"id":"%s","object":"event","created":%d,"type":"checkout.session.completed","data":{"object":{
                 "id":"%s","object":"checkout.session","mode":"payment","payment_status":"%s","amount_total":%d,
                 "currency":"%s","client_reference_id":"%s","metadata":{"company_id":"%s","purpose":"balance"}}}}"""
                .formatted(id, Instant.now().getEpochSecond(), session, paymentStatus, amount, currency, owner.companyId(),
                        owner.companyId());
    }

    @Test
    void anOwnerTopsUpTheBalanceThroughStripeCheckoutAndThePaidSessionCountsOnce() {
        Account owner = api.signUp();
        int before = StripeStub.shared().calls().size();
        var checkout = api.post("/api/v1/billing/deposits/checkout", owner.accessToken(), Map.of("amount", "25.00"));
        assertThat(checkout.status()).isEqualTo(200);
        assertThat(StripeStub.shared().calls().get(before).form()).containsEntry("mode", "payment")
                .containsEntry("line_items[0][price_data][unit_amount]", "2500")
                .containsEntry("line_items[0][price_data][currency]", "usd")
                .containsEntry("metadata[purpose]", "balance")
                .containsEntry("client_reference_id", owner.companyId().toString());
        var tooSmall = api.post("/api/v1/billing/deposits/checkout", owner.accessToken(), Map.of("amount", "0.50"));
        assertThat(tooSmall.status()).isEqualTo(400);
        assertThat(tooSmall.text("$.errors[0].field")).isEqualTo("amount");

        String session = "cs_test_top_" + owner.companyId();
        assertThat(event(topUpCompleted("evt_t0_" + owner.companyId(), owner, session, "unpaid", 2500, "usd"), SECRET)
                .text("$.outcome")).isEqualTo("IGNORED");
        assertThat(event(topUpCompleted("evt_t1_" + owner.companyId(), owner, session, "paid", 2500, "usd"), SECRET)
                .text("$.outcome")).isEqualTo("DEPOSITED");
        assertThat(event(topUpCompleted("evt_t1_" + owner.companyId(), owner, session, "paid", 2500, "usd"), SECRET)
                .text("$.outcome")).isEqualTo("DUPLICATE");
        // The same session told again under another event (async success after completion): one deposit.
        event(topUpCompleted("evt_t2_" + owner.companyId(), owner, session, "paid", 2500, "usd")
                .replace("checkout.session.completed", "checkout.session.async_payment_succeeded"), SECRET);
        assertThat(event(topUpCompleted("evt_t3_" + owner.companyId(), owner, "cs_test_eur", "paid", 2500, "eur"), SECRET)
                .text("$.outcome")).isEqualTo("IGNORED");

        assertThat(api.get("/api/v1/billing/balance", owner.accessToken()).text("$.balance")).isEqualTo("25.00");
        var deposits = api.get("/api/v1/billing/deposits", owner.accessToken());
        assertThat((Integer) deposits.read("$.total")).isEqualTo(1);
        assertThat(deposits.text("$.items[0].source")).isEqualTo("STRIPE");
        assertThat(deposits.text("$.items[0].reference")).isEqualTo("stripe:" + session);
    }

    static String invoice(String id, String type, Account owner, String status, long due, long paid, long created, boolean basil) {
        String details = "{\"metadata\":{\"company_id\":\"%s\",\"plan\":\"PROFESSIONAL\"}}".formatted(owner.companyId());
        return """
                {"id":"%s","object":"event","created":%d,"type":"%s","data":{"object":{
                 "id":"in_%s","object":"invoice","number":"LYROX-%s","status":"%s","customer":"cus_1",
                 "amount_due":%d,"amount_paid":%d,"currency":"usd","period_start":%d,"period_end":%d,
                 "hosted_invoice_url":"https://invoice.stripe.com/i/%s","invoice_pdf":"https://pay.stripe.com/invoice/%s/pdf",
                 %s}}}""".formatted(id, created, type, owner.companyId(), created, status, due, paid, created - 2_592_000, created,
                owner.companyId(), owner.companyId(),
                basil ? "\"parent\":{\"subscription_details\":" + details + "}" : "\"subscription_details\":" + details);
    }

    @Test
    void theInvoicesOfThePlanAreListedForTheirCompanyOnlyAndAFailedRenewalIsTold() throws Exception {
        Account owner = api.signUp();
        Account other = api.signUp();
        long now = Instant.now().getEpochSecond();
        assertThat(event(checkoutCompleted("evt_i0_" + owner.companyId(), owner, "PROFESSIONAL", now - 100), SECRET)
                .text("$.outcome")).isEqualTo("APPLIED");

        var paid = event(invoice("evt_i1_" + owner.companyId(), "invoice.paid", owner, "paid", 4900, 4900, now - 90, true), SECRET);
        assertThat(paid.text("$.outcome")).isEqualTo("INVOICE_RECORDED");
        try (LiveClient live = LiveClient.connect(port, owner.accessToken())) {
            live.frame("connected", java.time.Duration.ofSeconds(10));
            var failed = event(invoice("evt_i2_" + owner.companyId(), "invoice.payment_failed", owner, "open", 4900, 0, now - 80,
                    false), SECRET);
            assertThat(failed.text("$.outcome")).isEqualTo("INVOICE_RECORDED");
            var notice = live.frame("notice", frame -> "plan-payment-failed".equals(frame.read("$.payload.kind")),
                    java.time.Duration.ofSeconds(10));
            assertThat(notice.<String>read("$.payload.amount")).isEqualTo("49.00 USD");
        }

        var invoices = api.get("/api/v1/billing/invoices", owner.accessToken());
        assertThat((Integer) invoices.read("$.total")).isEqualTo(1);
        assertThat(invoices.text("$.items[0].status")).isEqualTo("open");
        assertThat(invoices.text("$.items[0].amountDue")).isEqualTo("49.00");
        assertThat(invoices.text("$.items[0].pdfUrl")).isEqualTo("https://pay.stripe.com/invoice/" + owner.companyId() + "/pdf");
        assertThat((Integer) api.get("/api/v1/billing/invoices", other.accessToken()).read("$.total")).isZero();
        // An invoice's events do not make an earlier subscription event stale.
        assertThat(event(subscription("evt_i3_" + owner.companyId(), "customer.subscription.updated", owner, "price_enterprise",
                "active", now - 85), SECRET).text("$.outcome")).isEqualTo("APPLIED");
    }

    @Test
    void aForgedEventOrOneAboutNoCompanyChangesNoPlan() {
        Account owner = api.signUp();
        long now = Instant.now().getEpochSecond();

        var forged = event(checkoutCompleted("evt_f1_" + owner.companyId(), owner, "ENTERPRISE", now), "whsec_someoneElse");
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.text("$.errors[0].field")).isEqualTo("Stripe-Signature");
        assertThat(plan(owner)).isEqualTo("FREE");

        String nobody = checkoutCompleted("evt_f2_" + owner.companyId(), owner, "ENTERPRISE", now)
                .replace(owner.companyId().toString(), "6f1c2a47-0000-4000-8000-000000000000");
        assertThat(event(nobody, SECRET).text("$.outcome")).isEqualTo("UNKNOWN_COMPANY");
        String payment = checkoutCompleted("evt_f3_" + owner.companyId(), owner, "ENTERPRISE", now)
                .replace("\"mode\":\"subscription\"", "\"mode\":\"payment\"");
        assertThat(event(payment, SECRET).text("$.outcome")).isEqualTo("IGNORED");
        assertThat(plan(owner)).isEqualTo("FREE");
    }
}
