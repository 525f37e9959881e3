package com.lyrox.sales;

import static org.assertj.core.api.Assertions.assertThat;

import com.lyrox.support.Api;
import com.lyrox.support.Api.Account;
import com.lyrox.support.LyroxTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@LyroxTest
class SaleApiTests {

    @Autowired
    Api api;

    static Map<String, Object> sale(UUID customerId, UUID productId, String amount) {
        Map<String, Object> body = new HashMap<>();
        body.put("customerId", customerId.toString());
        body.put("productId", productId.toString());
        body.put("amount", amount);
        return body;
    }

    private UUID product(Account owner, String price, String currency, boolean active) {
        var reply = api.post("/api/v1/products", owner.accessToken(), Map.of(
                "name", "Plan " + price, "price", price, "currency", currency, "active", active));
        assertThat(reply.status()).isEqualTo(201);
        return reply.id();
    }

    private UUID product(Account owner, String price) {
        return product(owner, price, "USD", true);
    }

    private UUID customer(Account owner, String phone, String stage) {
        var reply = api.post("/api/v1/customers", owner.accessToken(), Map.of("phone", phone, "stage", stage));
        assertThat(reply.status()).isEqualTo(201);
        return reply.id();
    }

    private UUID pendingSale(Account owner, UUID customerId, UUID productId, String amount) {
        var reply = api.post("/api/v1/sales", owner.accessToken(), sale(customerId, productId, amount));
        assertThat(reply.status()).isEqualTo(201);
        return reply.id();
    }

    private UUID completedSale(Account owner, UUID customerId, UUID productId, String amount) {
        UUID id = pendingSale(owner, customerId, productId, amount);
        assertThat(api.post("/api/v1/sales/" + id + "/complete", owner.accessToken(), null).status()).isEqualTo(200);
        return id;
    }

    private Api.Reply customerOf(Account owner, UUID customerId) {
        var reply = api.get("/api/v1/customers/" + customerId, owner.accessToken());
        assertThat(reply.status()).isEqualTo(200);
        return reply;
    }

    private int total(Account owner, String query) {
        var reply = api.get("/api/v1/sales" + query, owner.accessToken());
        assertThat(reply.status()).isEqualTo(200);
        return (Integer) reply.read("$.total");
    }

    @Test
    void recordsAPendingSaleAtTheProductsPriceAndCurrencyWhenNoAmountIsGiven() {
        Account owner = api.signUp();
        UUID productId = product(owner, "98.00", "EUR", true);
        UUID customerId = customer(owner, "+13055550123", "LEAD");

        var created = api.post("/api/v1/sales", owner.accessToken(), sale(customerId, productId, null));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("$.amount")).isEqualTo("98.00");
        assertThat(created.text("$.currency")).isEqualTo("EUR");
        assertThat(created.text("$.paymentStatus")).isEqualTo("PENDING");
        assertThat(created.text("$.customerId")).isEqualTo(customerId.toString());
        assertThat(created.text("$.productId")).isEqualTo(productId.toString());

        var fetched = api.get("/api/v1/sales/" + created.id(), owner.accessToken());
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.text("$.amount")).isEqualTo("98.00");
        assertThat(fetched.text("$.paymentStatus")).isEqualTo("PENDING");
        assertThat(customerOf(owner, customerId).text("$.lifetimeValue")).isEqualTo("0.00");
    }

    @Test
    void keepsAnExplicitAmount() {
        Account owner = api.signUp();
        UUID productId = product(owner, "98.00");
        UUID customerId = customer(owner, "+13055550123", "LEAD");

        var created = api.post("/api/v1/sales", owner.accessToken(), sale(customerId, productId, "75.50"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("$.amount")).isEqualTo("75.50");
        assertThat(created.text("$.currency")).isEqualTo("USD");
        assertThat(api.get("/api/v1/sales/" + created.id(), owner.accessToken()).text("$.amount")).isEqualTo("75.50");
    }

    @Test
    void completingASaleMakesALeadACustomerAndAddsToLifetimeValue() {
        Account owner = api.signUp();
        UUID customerId = customer(owner, "+13055550123", "LEAD");
        UUID saleId = pendingSale(owner, customerId, product(owner, "98.00"), null);

        var completed = api.post("/api/v1/sales/" + saleId + "/complete", owner.accessToken(), Map.of("paymentId", "pi_123"));
        assertThat(completed.status()).isEqualTo(200);
        assertThat(completed.text("$.paymentStatus")).isEqualTo("COMPLETED");
        assertThat(completed.text("$.paymentId")).isEqualTo("pi_123");
        assertThat(completed.text("$.completedAt")).isNotBlank();

        var buyer = customerOf(owner, customerId);
        assertThat(buyer.text("$.stage")).isEqualTo("CUSTOMER");
        assertThat(buyer.text("$.lifetimeValue")).isEqualTo("98.00");
    }

    @Test
    void completingSalesMakesAQualifiedLeadACustomerAndAddsEveryAmount() {
        Account owner = api.signUp();
        UUID customerId = customer(owner, "+13055550123", "QUALIFIED");
        UUID productId = product(owner, "98.00");

        completedSale(owner, customerId, productId, null);
        completedSale(owner, customerId, productId, "20.50");

        var buyer = customerOf(owner, customerId);
        assertThat(buyer.text("$.stage")).isEqualTo("CUSTOMER");
        assertThat(buyer.text("$.lifetimeValue")).isEqualTo("118.50");
    }

    @Test
    void aChurnedCustomerStaysChurnedWhenTheyBuy() {
        Account owner = api.signUp();
        UUID customerId = customer(owner, "+13055550123", "CHURNED");
        completedSale(owner, customerId, product(owner, "40.00"), null);

        var buyer = customerOf(owner, customerId);
        assertThat(buyer.text("$.stage")).isEqualTo("CHURNED");
        assertThat(buyer.text("$.lifetimeValue")).isEqualTo("40.00");
    }

    @Test
    void refundingASaleTakesItsAmountOffLifetimeValue() {
        Account owner = api.signUp();
        UUID customerId = customer(owner, "+13055550123", "LEAD");
        UUID productId = product(owner, "98.00");
        completedSale(owner, customerId, productId, "30.00");
        UUID refunded = completedSale(owner, customerId, productId, null);

        var reply = api.post("/api/v1/sales/" + refunded + "/refund", owner.accessToken(), null);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.text("$.paymentStatus")).isEqualTo("REFUNDED");
        assertThat(api.get("/api/v1/sales/" + refunded, owner.accessToken()).text("$.paymentStatus")).isEqualTo("REFUNDED");
        assertThat(customerOf(owner, customerId).text("$.lifetimeValue")).isEqualTo("30.00");
    }

    @Test
    void completingASaleTwiceIsAConflictAndCountsItOnce() {
        Account owner = api.signUp();
        UUID customerId = customer(owner, "+13055550123", "LEAD");
        UUID saleId = completedSale(owner, customerId, product(owner, "98.00"), null);

        var again = api.post("/api/v1/sales/" + saleId + "/complete", owner.accessToken(), null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.text("$.type")).endsWith("/conflict");
        assertThat(again.text("$.errors[0].field")).isEqualTo("paymentStatus");
        assertThat(customerOf(owner, customerId).text("$.lifetimeValue")).isEqualTo("98.00");
    }

    @Test
    void refundingAPendingSaleIsAConflict() {
        Account owner = api.signUp();
        UUID customerId = customer(owner, "+13055550123", "LEAD");
        UUID saleId = pendingSale(owner, customerId, product(owner, "98.00"), null);

        var reply = api.post("/api/v1/sales/" + saleId + "/refund", owner.accessToken(), null);
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.text("$.type")).endsWith("/conflict");
        assertThat(api.get("/api/v1/sales/" + saleId, owner.accessToken()).text("$.paymentStatus")).isEqualTo("PENDING");
        assertThat(customerOf(owner, customerId).text("$.lifetimeValue")).isEqualTo("0.00");
    }

    @Test
    void aPendingSaleCanFailAndThenNeverComplete() {
        Account owner = api.signUp();
        UUID customerId = customer(owner, "+13055550123", "LEAD");
        UUID saleId = pendingSale(owner, customerId, product(owner, "98.00"), null);

        var failed = api.post("/api/v1/sales/" + saleId + "/fail", owner.accessToken(), null);
        assertThat(failed.status()).isEqualTo(200);
        assertThat(failed.text("$.paymentStatus")).isEqualTo("FAILED");
        assertThat(api.post("/api/v1/sales/" + saleId + "/complete", owner.accessToken(), null).status()).isEqualTo(409);

        var buyer = customerOf(owner, customerId);
        assertThat(buyer.text("$.stage")).isEqualTo("LEAD");
        assertThat(buyer.text("$.lifetimeValue")).isEqualTo("0.00");
    }

    @Test
    void filtersSalesByStatusAndCustomer() {
        Account owner = api.signUp();
        UUID productId = product(owner, "98.00");
        UUID maria = customer(owner, "+13055550101", "LEAD");
        UUID john = customer(owner, "+13055550102", "LEAD");
        UUID paidByMaria = completedSale(owner, maria, productId, null);
        UUID pendingForMaria = pendingSale(owner, maria, productId, null);
        UUID pendingForJohn = pendingSale(owner, john, productId, null);

        List<String> pending = api.get("/api/v1/sales?status=PENDING", owner.accessToken()).read("$.items[*].id");
        assertThat(pending).containsExactlyInAnyOrder(pendingForMaria.toString(), pendingForJohn.toString());
        List<String> completed = api.get("/api/v1/sales?status=COMPLETED", owner.accessToken()).read("$.items[*].id");
        assertThat(completed).containsExactly(paidByMaria.toString());
        List<String> ofMaria = api.get("/api/v1/sales?customerId=" + maria, owner.accessToken()).read("$.items[*].id");
        assertThat(ofMaria).containsExactlyInAnyOrder(paidByMaria.toString(), pendingForMaria.toString());
        List<String> pendingOfJohn = api.get("/api/v1/sales?status=PENDING&customerId=" + john, owner.accessToken())
                .read("$.items[*].id");
        assertThat(pendingOfJohn).containsExactly(pendingForJohn.toString());
        assertThat(total(owner, "")).isEqualTo(3);
        assertThat(total(owner, "?status=REFUNDED")).isZero();
    }

    @Test
    void refusesASaleForAnotherCompanysCustomerNamingCustomerIdAndStoresNothing() {
        Account a = api.signUp();
        Account b = api.signUp();
        UUID customerOfA = customer(a, "+13055550123", "LEAD");

        var reply = api.post("/api/v1/sales", b.accessToken(), sale(customerOfA, product(b, "98.00"), null));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.text("$.type")).endsWith("/validation");
        assertThat(reply.text("$.errors[0].field")).isEqualTo("customerId");
        assertThat(total(b, "")).isZero();
        assertThat(total(a, "")).isZero();
        assertThat(customerOf(a, customerOfA).text("$.stage")).isEqualTo("LEAD");
    }

    @Test
    void refusesASaleOfAnotherCompanysProductNamingProductIdAndStoresNothing() {
        Account a = api.signUp();
        Account b = api.signUp();
        UUID productOfA = product(a, "98.00");

        var reply = api.post("/api/v1/sales", b.accessToken(), sale(customer(b, "+13055550123", "LEAD"), productOfA, null));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.text("$.type")).endsWith("/validation");
        assertThat(reply.text("$.errors[0].field")).isEqualTo("productId");
        assertThat(total(b, "")).isZero();
        assertThat(total(a, "")).isZero();
    }

    @Test
    void refusesASaleOfAnInactiveProduct() {
        Account owner = api.signUp();
        UUID inactive = product(owner, "98.00", "USD", false);

        UUID customerId = customer(owner, "+13055550123", "LEAD");
        var reply = api.post("/api/v1/sales", owner.accessToken(), sale(customerId, inactive, null));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.text("$.errors[0].field")).isEqualTo("productId");
        assertThat(reply.text("$.detail")).contains("inactive");
        assertThat(total(owner, "")).isZero();
    }

    @Test
    void rejectsANegativeAmountNamingTheField() {
        Account owner = api.signUp();
        UUID customerId = customer(owner, "+13055550123", "LEAD");

        var reply = api.post("/api/v1/sales", owner.accessToken(), sale(customerId, product(owner, "98.00"), "-1"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.text("$.type")).endsWith("/validation");
        assertThat(reply.text("$.errors[0].field")).isEqualTo("amount");
        assertThat(total(owner, "")).isZero();
    }

    @Test
    void refusesCallersWithoutCredentials() {
        var reply = api.get("/api/v1/sales", null);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.text("$.type")).endsWith("/unauthorized");
        assertThat(api.post("/api/v1/sales/" + UUID.randomUUID() + "/complete", null, null).status()).isEqualTo(401);
    }

    @Test
    void letsAViewerReadSalesButNotRecordOrCompleteThem() {
        Account owner = api.signUp();
        Account viewer = api.member(owner, "VIEWER");
        UUID customerId = customer(owner, "+13055550123", "LEAD");
        UUID productId = product(owner, "98.00");
        UUID saleId = pendingSale(owner, customerId, productId, null);

        assertThat(total(viewer, "")).isEqualTo(1);
        assertThat(api.get("/api/v1/sales/" + saleId, viewer.accessToken()).text("$.paymentStatus")).isEqualTo("PENDING");

        var created = api.post("/api/v1/sales", viewer.accessToken(), sale(customerId, productId, null));
        assertThat(created.status()).isEqualTo(403);
        assertThat(created.text("$.type")).endsWith("/forbidden");
        var completed = api.post("/api/v1/sales/" + saleId + "/complete", viewer.accessToken(), null);
        assertThat(completed.status()).isEqualTo(403);
        assertThat(completed.text("$.type")).endsWith("/forbidden");

        assertThat(total(owner, "")).isEqualTo(1);
        assertThat(api.get("/api/v1/sales/" + saleId, owner.accessToken()).text("$.paymentStatus")).isEqualTo("PENDING");
        assertThat(customerOf(owner, customerId).text("$.lifetimeValue")).isEqualTo("0.00");
    }

    @Test
    void anotherCompanysSaleIsIndistinguishableFromAMissingOne() {
        Account a = api.signUp();
        Account b = api.signUp();
        UUID customerOfA = customer(a, "+13055550123", "LEAD");
        UUID productOfA = product(a, "98.00");
        UUID paid = completedSale(a, customerOfA, productOfA, null);
        UUID pending = pendingSale(a, customerOfA, productOfA, "10.00");

        var foreign = api.get("/api/v1/sales/" + paid, b.accessToken());
        var missing = api.get("/api/v1/sales/" + UUID.randomUUID(), b.accessToken());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.text("$.detail")).isEqualTo(missing.text("$.detail")).isEqualTo("Sale not found");
        assertThat(foreign.text("$.type")).isEqualTo(missing.text("$.type"));
        for (String action : List.of("complete", "fail")) {
            var reply = api.post("/api/v1/sales/" + pending + "/" + action, b.accessToken(), null);
            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.text("$.detail")).isEqualTo("Sale not found");
        }
        var refund = api.post("/api/v1/sales/" + paid + "/refund", b.accessToken(), null);
        assertThat(refund.status()).isEqualTo(404);
        assertThat(refund.text("$.detail")).isEqualTo("Sale not found");
        assertThat(total(b, "")).isZero();

        assertThat(api.get("/api/v1/sales/" + paid, a.accessToken()).text("$.paymentStatus")).isEqualTo("COMPLETED");
        assertThat(api.get("/api/v1/sales/" + pending, a.accessToken()).text("$.paymentStatus")).isEqualTo("PENDING");
        var customer = customerOf(a, customerOfA);
        assertThat(customer.text("$.lifetimeValue")).isEqualTo("98.00");
        assertThat(customer.text("$.stage")).isEqualTo("CUSTOMER");
    }

    @Test
    void aProductWithSalesCannotBeDeleted() {
        Account owner = api.signUp();
        UUID productId = product(owner, "98.00");
        pendingSale(owner, customer(owner, "+13055550123", "LEAD"), productId, null);

        var reply = api.delete("/api/v1/products/" + productId, owner.accessToken());
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.text("$.type")).endsWith("/conflict");
        assertThat(api.get("/api/v1/products/" + productId, owner.accessToken()).status()).isEqualTo(200);
        assertThat(total(owner, "")).isEqualTo(1);
    }

    @Test
    void concurrentCompletionsCompleteASaleOnceAndPaymentsAllAddUp() throws Exception {
        Account owner = api.signUp();
        UUID productId = product(owner, "1.00");
        UUID customerId = customer(owner, "+13055550999", "LEAD");
        UUID once = pendingSale(owner, customerId, productId, "5.00");
        List<UUID> many = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            many.add(pendingSale(owner, customerId, productId, "1.00"));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Callable<Integer>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> api.post("/api/v1/sales/" + once + "/complete", owner.accessToken(), null).status());
            }
            many.forEach(id -> calls.add(() -> api.post("/api/v1/sales/" + id + "/complete", owner.accessToken(), null).status()));
            long completedOnce = 0;
            var results = pool.invokeAll(calls);
            for (int i = 0; i < 6; i++) {
                completedOnce += results.get(i).get() == 200 ? 1 : 0;
            }
            assertThat(completedOnce).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(customerOf(owner, customerId).text("$.lifetimeValue")).isEqualTo("15.00");
    }

    @Test
    void refusesACurrencyIso4217DoesNotKnow() {
        Account owner = api.signUp();
        var reply = api.post("/api/v1/products", owner.accessToken(),
                Map.of("name", "Odd", "price", "10.00", "currency", "ZZZ"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.text("$.errors[0].field")).isEqualTo("currency");
        assertThat((Integer) api.get("/api/v1/products", owner.accessToken()).read("$.total")).isZero();
    }
}
