package com.lyrox.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lyrox.support.Api;
import com.lyrox.support.Api.Account;
import com.lyrox.support.LyroxTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The home page's figures: counted from every store, for the caller's company only. */
@LyroxTest
class OverviewReportTests {

    @Autowired
    Api api;

    @LocalServerPort
    int port;

    @Test
    void countsTodaysConversationsRepliesHandoffsLeadsAndPaidSales() {
        Account owner = api.signUp();
        String token = owner.accessToken();
        connectSimulator(token);
        var written = api.post("/api/v1/simulator/messages", token, Map.of("phone", "+34600999001", "name", "Irene", "text", "Hola"));
        assertThat(written.status()).isEqualTo(202);
        String conversationId = await().atMost(Duration.ofSeconds(20)).until(() -> {
            var list = api.get("/api/v1/conversations", token);
            return (Integer) list.read("$.total") == 1 && (Integer) list.read("$.items[0].outboundCount") >= 1
                    ? list.text("$.items[0].id") : null;
        }, id -> id != null);
        assertThat(api.post("/api/v1/conversations/" + conversationId + "/takeover", token, null).status()).isEqualTo(200);

        String customerId = api.post("/api/v1/customers", token, Map.of("phone", "+34600999002", "name", "Jon")).text("$.id");
        String productId = api.post("/api/v1/products", token, Api.productBody("Plan", "98.00")).text("$.id");
        String saleId = api.post("/api/v1/sales", token, Map.of("customerId", customerId, "productId", productId)).text("$.id");
        assertThat(api.post("/api/v1/sales/" + saleId + "/complete", token, Map.of()).status()).isEqualTo(200);
        api.post("/api/v1/sales", token, Map.of("customerId", customerId, "productId", productId));

        var overview = api.get("/api/v1/reports/overview", token);
        assertThat(overview.status()).isEqualTo(200);
        for (String period : List.of("today", "month")) {
            assertThat((Integer) overview.read("$." + period + ".conversations")).as(period).isEqualTo(1);
            assertThat((Integer) overview.read("$." + period + ".messages")).as(period).isGreaterThanOrEqualTo(2);
            assertThat((Integer) overview.read("$." + period + ".aiReplies")).as(period).isGreaterThanOrEqualTo(1);
            assertThat((Integer) overview.read("$." + period + ".handoffs")).as(period).isEqualTo(1);
            assertThat((Integer) overview.read("$." + period + ".newLeads")).as(period).isEqualTo(2);
            assertThat((Integer) overview.read("$." + period + ".sales")).as(period).isEqualTo(1);
            assertThat(overview.text("$." + period + ".revenue[0].currency")).isEqualTo("USD");
            assertThat(overview.body().read("$." + period + ".revenue[0].amount", Double.class)).isEqualTo(98.0);
        }
        assertThat((List<?>) overview.read("$.days")).hasSize(30);
        assertThat((Integer) overview.read("$.days[29].sales")).isEqualTo(1);
        assertThat(overview.text("$.aiUsage.plan")).isNotBlank();
        assertThat((Integer) overview.read("$.aiUsage.used")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void anotherCompanySeesNoneOfIt() {
        Account owner = api.signUp();
        String customerId = api.post("/api/v1/customers", owner.accessToken(), Map.of("phone", "+34600999003")).text("$.id");
        String productId = api.post("/api/v1/products", owner.accessToken(), Api.productBody("Plan", "50.00")).text("$.id");
        String saleId = api.post("/api/v1/sales", owner.accessToken(), Map.of("customerId", customerId, "productId", productId)).text("$.id");
        api.post("/api/v1/sales/" + saleId + "/complete", owner.accessToken(), Map.of());

        var other = api.get("/api/v1/reports/overview", api.signUp().accessToken());
        assertThat(other.status()).isEqualTo(200);
        assertThat((Integer) other.read("$.month.newLeads")).isZero();
        assertThat((Integer) other.read("$.month.sales")).isZero();
        assertThat((Integer) other.read("$.month.conversations")).isZero();
        assertThat((List<?>) other.read("$.month.revenue")).isEmpty();
    }

    @Test
    void aViewerReadsTheFigures() {
        Account viewer = api.member(api.signUp(), "VIEWER");
        assertThat(api.get("/api/v1/reports/overview", viewer.accessToken()).status()).isEqualTo(200);
    }

    private void connectSimulator(String token) {
        String digits = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits())).substring(0, 12);
        var channel = api.post("/api/v1/channels", token, Map.of("name", "Simulator", "phoneNumberId", "9" + digits,
                "displayPhoneNumber", "+1 555 000 0001", "accessToken", "sim-" + UUID.randomUUID(),
                "appSecret", "sim-" + UUID.randomUUID(), "verifyToken", "sim-" + UUID.randomUUID(),
                "graphBaseUrl", "http://localhost:" + port + "/simulator/graph"));
        assertThat(channel.status()).as(channel.body().jsonString()).isEqualTo(201);
    }
}
