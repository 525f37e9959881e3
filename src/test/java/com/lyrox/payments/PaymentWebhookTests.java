package com.lyrox.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.lyrox.support.Api;
import com.lyrox.support.Api.Account;
import com.lyrox.support.LyroxTest;
import com.lyrox.support.StripeSignatures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Provider events signed exactly as each provider signs them complete, refund and fail sales by
 * themselves, once however often they come, in whatever order, and never for another amount,
 * another company or a forged signature.
 */
@LyroxTest
class PaymentWebhookTests {

    static final String STRIPE_SECRET = "whsec_lyroxTestSigningSecret";

    @Autowired
    Api api;

    /** A company with a product paid through a Stripe Payment Link, a customer, and Stripe connected. */
    record Shop(Account owner, UUID customerId, UUID productId) {
    }

    private Shop shop() {
        Account owner = api.signUp();
        UUID product = api.post("/api/v1/products", owner.accessToken(), Api.productBody("Plan Personalizado", "98.00")).id();
        UUID customer = api.post("/api/v1/customers", owner.accessToken(), Map.of("phone", "+34600" + (100000 + (int) (Math.random() * 800000)),
                "name", "Lucía")).id();
        assertThat(api.put("/api/v1/payment-providers/stripe", owner.accessToken(), Map.of("webhookSecret", STRIPE_SECRET))
                .status()).isEqualTo(200);
        return new Shop(owner, customer, product);
    }

    private UUID pendingSale(Shop shop) {
        var sale = api.post("/api/v1/sales", shop.owner().accessToken(), Map.of("customerId", shop.customerId().toString(),
                "productId", shop.productId().toString()));
        assertThat(sale.status()).isEqualTo(201);
        return sale.id();
    }

    private Api.Reply stripe(UUID companyId, String payload, String signature) {
        var request = MockMvcRequestBuilders.post("/webhooks/stripe/" + companyId).contentType(MediaType.APPLICATION_JSON)
                .content(payload.getBytes(StandardCharsets.UTF_8));
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        return api.raw(request);
    }

    private Api.Reply stripe(UUID companyId, String payload) {
        return stripe(companyId, payload, StripeSignatures.header(payload, STRIPE_SECRET, Instant.now().getEpochSecond()));
    }

    static String checkoutCompleted(String eventId, Object saleId, long amountTotal, String currency, String paymentIntent) {
        return """
                {"id":"%s","object":"event","api_version":"2025-03-31.basil","created":%d,"type":"checkout.session.completed",
                 "data":{"object":{"id":"cs_test_%s","object":"checkout.session","client_reference_id":"%s",
                  "amount_total":%d,"currency":"%s","payment_status":"paid","status":"complete",
                  "payment_intent":"%s","payment_link":"plink_1","metadata":{}}}}"""
                .formatted(eventId, Instant.now().getEpochSecond(), eventId, saleId, amountTotal, currency, paymentIntent);
    }

    static String chargeRefunded(String eventId, String paymentIntent, long amount) {
        return """
                {"id":"%s","object":"event","created":%d,"type":"charge.refunded",
                 "data":{"object":{"id":"ch_%s","object":"charge","amount":%d,"amount_refunded":%d,"currency":"usd",
                  "payment_intent":"%s","refunded":true,"metadata":{}}}}"""
                .formatted(eventId, Instant.now().getEpochSecond(), eventId, amount, amount, paymentIntent);
    }

    private Api.Reply sale(Shop shop, UUID saleId) {
        return api.get("/api/v1/sales/" + saleId, shop.owner().accessToken());
    }

    private Api.Reply customer(Shop shop) {
        return api.get("/api/v1/customers/" + shop.customerId(), shop.owner().accessToken());
    }

    @Test
    void aPaidCheckoutCompletesTheSaleOnceHoweverOftenStripeSendsIt() {
        Shop shop = shop();
        UUID saleId = pendingSale(shop);
        String paid = checkoutCompleted("evt_paid_1", saleId, 9800, "usd", "pi_paid_1");

        var first = stripe(shop.owner().companyId(), paid);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.text("$.outcome")).isEqualTo("COMPLETED");
        var completed = sale(shop, saleId);
        assertThat(completed.text("$.paymentStatus")).isEqualTo("COMPLETED");
        assertThat(completed.text("$.paymentProvider")).isEqualTo("STRIPE");
        assertThat(completed.text("$.paymentId")).isEqualTo("pi_paid_1");
        assertThat(customer(shop).text("$.stage")).isEqualTo("CUSTOMER");
        assertThat(customer(shop).text("$.lifetimeValue")).isEqualTo("98.00");

        for (int i = 0; i < 3; i++) {
            var again = stripe(shop.owner().companyId(), paid);
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.text("$.outcome")).isEqualTo("DUPLICATE");
        }
        assertThat(customer(shop).text("$.lifetimeValue")).isEqualTo("98.00");
        var events = api.get("/api/v1/payment-events", shop.owner().accessToken());
        assertThat((Integer) events.read("$.total")).isEqualTo(1);
        assertThat(events.text("$.items[0].outcome")).isEqualTo("COMPLETED");
        assertThat(events.text("$.items[0].saleId")).isEqualTo(saleId.toString());
    }

    @Test
    void theSameEventDeliveredThreeTimesAtOnceCompletesTheSaleOnce() throws Exception {
        Shop shop = shop();
        UUID saleId = pendingSale(shop);
        String paid = checkoutCompleted("evt_race_1", saleId, 9800, "usd", "pi_race_1");
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<String>> deliveries = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                deliveries.add(() -> stripe(shop.owner().companyId(), paid).text("$.outcome"));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> outcome : pool.invokeAll(deliveries)) {
                outcomes.add(outcome.get());
            }
            assertThat(outcomes).containsExactlyInAnyOrder("COMPLETED", "DUPLICATE", "DUPLICATE");
        } finally {
            pool.shutdown();
        }
        assertThat(customer(shop).text("$.lifetimeValue")).isEqualTo("98.00");
    }

    @Test
    void aRefundThatArrivesBeforeThePaymentRefundsTheSaleOnceThePaymentCompletesIt() {
        Shop shop = shop();
        UUID saleId = pendingSale(shop);

        var refund = stripe(shop.owner().companyId(), chargeRefunded("evt_refund_early", "pi_late_1", 9800));
        assertThat(refund.text("$.outcome")).isEqualTo("REFUND_WAITING");
        assertThat(sale(shop, saleId).text("$.paymentStatus")).isEqualTo("PENDING");

        var paid = stripe(shop.owner().companyId(), checkoutCompleted("evt_paid_late", saleId, 9800, "usd", "pi_late_1"));

        assertThat(paid.text("$.outcome")).isEqualTo("COMPLETED");
        assertThat(sale(shop, saleId).text("$.paymentStatus")).isEqualTo("REFUNDED");
        assertThat(customer(shop).text("$.lifetimeValue")).isEqualTo("0.00");
        var events = api.get("/api/v1/payment-events", shop.owner().accessToken());
        assertThat(events.<List<String>>read("$.items[*].outcome")).containsExactlyInAnyOrder("COMPLETED", "REFUNDED");
        assertThat(events.<List<String>>read("$.items[*].detail")).contains("refunded at once: a refund had come first");
    }

    @Test
    void refundsAndTheirPaymentsArrivingTogetherLeaveEverySaleRefunded() throws Exception {
        Shop shop = shop();
        List<UUID> sales = new ArrayList<>();
        List<Callable<String>> deliveries = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            UUID saleId = pendingSale(shop);
            sales.add(saleId);
            String intent = "pi_together_" + i + "_" + saleId;
            deliveries.add(() -> stripe(shop.owner().companyId(), chargeRefunded("evt_r_" + intent, intent, 9800)).text("$.outcome"));
            deliveries.add(() -> stripe(shop.owner().companyId(), checkoutCompleted("evt_p_" + intent, saleId, 9800, "usd", intent))
                    .text("$.outcome"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<String> outcome : pool.invokeAll(deliveries)) {
                assertThat(outcome.get()).isIn("COMPLETED", "REFUNDED", "REFUND_WAITING");
            }
        } finally {
            pool.shutdown();
        }
        assertThat(sales).allSatisfy(saleId -> assertThat(sale(shop, saleId).text("$.paymentStatus")).isEqualTo("REFUNDED"));
        assertThat(customer(shop).text("$.lifetimeValue")).isEqualTo("0.00");
    }

    @Test
    void aPaymentOfAnotherAmountOrCurrencyIsRecordedAndNeverCompletesTheSale() {
        Shop shop = shop();
        UUID saleId = pendingSale(shop);

        var less = stripe(shop.owner().companyId(), checkoutCompleted("evt_less", saleId, 9000, "usd", "pi_less"));
        var euros = stripe(shop.owner().companyId(), checkoutCompleted("evt_euros", saleId, 9800, "eur", "pi_euros"));

        assertThat(less.text("$.outcome")).isEqualTo("AMOUNT_MISMATCH");
        assertThat(euros.text("$.outcome")).isEqualTo("AMOUNT_MISMATCH");
        assertThat(sale(shop, saleId).text("$.paymentStatus")).isEqualTo("PENDING");
        assertThat(customer(shop).text("$.lifetimeValue")).isEqualTo("0.00");
        var events = api.get("/api/v1/payment-events", shop.owner().accessToken());
        assertThat(events.<List<String>>read("$.items[*].detail")).contains("paid 90.00 USD for a sale of 98.00 USD",
                "paid 98.00 EUR for a sale of 98.00 USD");
    }

    @Test
    void aForgedMissingOrStaleSignatureIsRefusedAndChangesNothing() {
        Shop shop = shop();
        UUID saleId = pendingSale(shop);
        String paid = checkoutCompleted("evt_forged", saleId, 9800, "usd", "pi_forged");
        long now = Instant.now().getEpochSecond();

        var forged = stripe(shop.owner().companyId(), paid, StripeSignatures.header(paid, "whsec_someoneElse", now));
        var missing = stripe(shop.owner().companyId(), paid, null);
        var stale = stripe(shop.owner().companyId(), paid, StripeSignatures.header(paid, STRIPE_SECRET, now - 3600));
        var altered = stripe(shop.owner().companyId(), paid.replace("9800", "100"), StripeSignatures.header(paid, STRIPE_SECRET, now));

        for (Api.Reply refused : List.of(forged, missing, stale, altered)) {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.text("$.errors[0].field")).isEqualTo("Stripe-Signature");
        }
        assertThat(sale(shop, saleId).text("$.paymentStatus")).isEqualTo("PENDING");
        assertThat((Integer) api.get("/api/v1/payment-events", shop.owner().accessToken()).read("$.total")).isZero();
    }

    @Test
    void anotherCompanysSaleIsAnsweredLikeAMissingOneAndStaysAsItWas() {
        Shop mine = shop();
        Shop theirs = shop();
        UUID theirSale = pendingSale(theirs);

        var foreign = stripe(mine.owner().companyId(), checkoutCompleted("evt_foreign", theirSale, 9800, "usd", "pi_foreign"));
        var missing = stripe(mine.owner().companyId(), checkoutCompleted("evt_missing", UUID.randomUUID(), 9800, "usd", "pi_missing"));

        assertThat(foreign.status()).isEqualTo(200);
        assertThat(foreign.text("$.outcome")).isEqualTo("UNKNOWN_SALE");
        assertThat(missing.text("$.outcome")).isEqualTo("UNKNOWN_SALE");
        assertThat(sale(theirs, theirSale).text("$.paymentStatus")).isEqualTo("PENDING");
        assertThat((Integer) api.get("/api/v1/payment-events", theirs.owner().accessToken()).read("$.total")).isZero();
    }

    @Test
    void aCompanyThatHasNotConnectedTheProviderOrDoesNotExistRefusesItsWebhooks() {
        Account owner = api.signUp();
        String payload = checkoutCompleted("evt_unconnected", UUID.randomUUID(), 9800, "usd", "pi_unconnected");

        var unconnected = stripe(owner.companyId(), payload);
        var nobody = stripe(UUID.randomUUID(), payload);
        var notAnId = api.raw(MockMvcRequestBuilders.post("/webhooks/stripe/not-a-company").content(payload)
                .header("Stripe-Signature", StripeSignatures.header(payload, STRIPE_SECRET, Instant.now().getEpochSecond())));

        for (Api.Reply refused : List.of(unconnected, nobody, notAnId)) {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.text("$.errors[0].field")).isEqualTo("Stripe-Signature");
        }
    }

    @Test
    void theGenericWebhookCompletesASaleSignedWithTheSecretShownOnceAndNamesWhatIsWrong() throws Exception {
        Shop shop = shop();
        UUID saleId = pendingSale(shop);
        var connected = api.put("/api/v1/payment-providers/generic", shop.owner().accessToken(), null);
        assertThat(connected.status()).isEqualTo(200);
        String secret = connected.text("$.secret");
        assertThat(connected.text("$.connection.webhookUrl")).endsWith("/webhooks/payments/" + shop.owner().companyId());
        var listed = api.get("/api/v1/payment-providers", shop.owner().accessToken());
        assertThat(listed.raw().getContentAsString(StandardCharsets.UTF_8)).doesNotContain(secret, STRIPE_SECRET);

        String noAmount = "{\"saleId\":\"%s\",\"status\":\"PAID\",\"currency\":\"USD\"}".formatted(saleId);
        var missingAmount = generic(shop.owner().companyId(), noAmount, "sha256=" + StripeSignatures.hmac(noAmount, secret));
        assertThat(missingAmount.status()).isEqualTo(400);
        assertThat(missingAmount.text("$.errors[0].field")).isEqualTo("amount");
        String huge = "{\"saleId\":\"%s\",\"status\":\"PAID\",\"amount\":\"1e30\",\"currency\":\"USD\"}".formatted(saleId);
        var tooLarge = generic(shop.owner().companyId(), huge, "sha256=" + StripeSignatures.hmac(huge, secret));
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.text("$.errors[0].field")).isEqualTo("amount");
        String broken = "{\"saleId\":";
        assertThat(generic(shop.owner().companyId(), broken, "sha256=" + StripeSignatures.hmac(broken, secret)).text("$.errors[0].field"))
                .isEqualTo("body");

        String longMethod = ("{\"saleId\":\"%s\",\"status\":\"PAID\",\"amount\":\"98.00\",\"currency\":\"USD\","
                + "\"paymentMethod\":\"%s\"}").formatted(saleId, "m".repeat(60));
        assertThat(generic(shop.owner().companyId(), longMethod, "sha256=" + StripeSignatures.hmac(longMethod, secret))
                .text("$.errors[0].field")).isEqualTo("paymentMethod");
        // A failed attempt leaves the sale pending: the customer pays again through the same link.
        String failed = "{\"saleId\":\"%s\",\"status\":\"FAILED\",\"paymentId\":\"tx-76\"}".formatted(saleId);
        assertThat(generic(shop.owner().companyId(), failed, "sha256=" + StripeSignatures.hmac(failed, secret))
                .text("$.outcome")).isEqualTo("FAILED");
        assertThat(sale(shop, saleId).text("$.paymentStatus")).isEqualTo("PENDING");
        String paid = "{\"eventId\":\"gen-1\",\"saleId\":\"%s\",\"status\":\"PAID\",\"amount\":\"98.00\",\"currency\":\"USD\",\"paymentId\":\"tx-77\"}"
                .formatted(saleId);
        assertThat(generic(shop.owner().companyId(), paid, "sha256=" + StripeSignatures.hmac(paid, "not-the-secret")).status()).isEqualTo(400);
        var completed = generic(shop.owner().companyId(), paid, "sha256=" + StripeSignatures.hmac(paid, secret));

        assertThat(completed.status()).isEqualTo(200);
        assertThat(completed.text("$.outcome")).isEqualTo("COMPLETED");
        assertThat(sale(shop, saleId).text("$.paymentProvider")).isEqualTo("GENERIC");
        assertThat(sale(shop, saleId).text("$.paymentId")).isEqualTo("tx-77");
    }

    private Api.Reply generic(UUID companyId, String payload, String signature) {
        return api.raw(MockMvcRequestBuilders.post("/webhooks/payments/" + companyId).contentType(MediaType.APPLICATION_JSON)
                .content(payload).header("X-Lyrox-Signature", signature));
    }

    @Test
    void aGenericPaymentWithoutAPaymentIdCompletesTheSale() {
        Shop shop = shop();
        UUID saleId = pendingSale(shop);
        String secret = api.put("/api/v1/payment-providers/generic", shop.owner().accessToken(), null).text("$.secret");
        String paid = "{\"saleId\":\"%s\",\"status\":\"PAID\",\"amount\":98,\"currency\":\"usd\"}".formatted(saleId);

        var completed = generic(shop.owner().companyId(), paid, "sha256=" + StripeSignatures.hmac(paid, secret));

        assertThat(completed.status()).isEqualTo(200);
        assertThat(completed.text("$.outcome")).isEqualTo("COMPLETED");
        assertThat(completed.text("$.eventId")).isEqualTo(saleId + ":PAID");
    }

    @Test
    void connectingAProviderFromSeveralPlacesAtOnceConnectsItOnce() throws Exception {
        Account owner = api.signUp();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> connects = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                connects.add(() -> api.put("/api/v1/payment-providers/stripe", owner.accessToken(),
                        Map.of("webhookSecret", STRIPE_SECRET)).status());
            }
            for (Future<Integer> status : pool.invokeAll(connects)) {
                assertThat(status.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(api.get("/api/v1/payment-providers", owner.accessToken()).<List<Boolean>>read("$[*].connected"))
                .containsExactly(true, false, false);
    }

    @Test
    void onlyAdministratorsConnectProvidersAndAStripeSecretMustLookLikeOne() {
        Shop shop = shop();
        Account agent = api.member(shop.owner(), "AGENT");

        assertThat(api.put("/api/v1/payment-providers/stripe", agent.accessToken(), Map.of("webhookSecret", STRIPE_SECRET))
                .status()).isEqualTo(403);
        var wrong = api.put("/api/v1/payment-providers/stripe", shop.owner().accessToken(), Map.of("webhookSecret", "sk_live_oops"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.text("$.errors[0].field")).isEqualTo("webhookSecret");
        assertThat(api.get("/api/v1/payment-providers", agent.accessToken()).<List<Boolean>>read("$[*].connected"))
                .containsExactly(true, false, false);
        assertThat(api.delete("/api/v1/payment-providers/stripe", shop.owner().accessToken()).status()).isEqualTo(204);
        var elsewhere = api.put("/api/v1/payment-providers/mercadopago", shop.owner().accessToken(), Map.of("webhookSecret", "s",
                "accessToken", "APP_USR-1", "apiUrl", "http://169.254.169.254/latest"));
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(elsewhere.text("$.errors[0].field")).isEqualTo("apiUrl");
        assertThat(api.delete("/api/v1/payment-providers/paypal", shop.owner().accessToken()).status()).isEqualTo(404);
    }
}
