package com.lyrox.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.lyrox.billing.AiQuota;
import com.lyrox.platform.TenantContext;
import com.lyrox.support.Api;
import com.lyrox.support.Api.Account;
import com.lyrox.support.GraphStub;
import com.lyrox.support.LyroxTest;
import com.lyrox.support.WhatsAppFixture;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Usage per company and month (AI interactions, overage paid from the balance, bookings, messages
 * sent) and Lyrox's monthly invoice of it, as JSON and PDF: made once a month, whoever closes it.
 */
@LyroxTest
class MonthlyInvoiceTests {

    static final GraphStub graph = GraphStub.shared();

    @Autowired
    Api api;

    @Autowired
    AiQuota quota;

    @Autowired
    MonthlyStatements statements;

    @Autowired
    StatementJob job;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    JdbcTemplate jdbc;

    private static String month() {
        return YearMonth.now(ZoneOffset.UTC).toString();
    }

    @Test
    void closingAMonthMakesOneInvoiceOfItsUsageWhichItsCompanyAloneReadsAsJsonAndPdf() throws Exception {
        Account owner = api.signUp();
        Account other = api.signUp();
        api.plan(owner, "PROFESSIONAL");
        redis.opsForValue().set("ai:usage:" + owner.companyId() + ":" + month(), "10000");
        redis.opsForHash().put("usage:" + owner.companyId() + ":" + month(), "outbound", "7");
        api.post("/api/v1/admin/companies/" + owner.companyId() + "/deposits", api.platformAdmin().accessToken(),
                Map.of("amount", "1.00", "reference", "r-1"));
        for (int i = 0; i < 3; i++) {
            assertThat(quota.consume(owner.companyId()).allowed()).isTrue();
        }
        var draft = api.get("/api/v1/billing/monthly-invoices/draft", owner.accessToken());
        assertThat((Boolean) draft.read("$.draft")).isTrue();
        assertThat(draft.text("$.total")).isEqualTo("79.06");

        // Two instances close the month at once: one invoice.
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Boolean>> closers = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return statements.close(owner.companyId(), YearMonth.now(ZoneOffset.UTC));
        })).toList();
        start.countDown();
        assertThat(closers.stream().map(CompletableFuture::join)).containsExactlyInAnyOrder(true, false);
        job.closeMonth(YearMonth.now(ZoneOffset.UTC));
        assertThat(TenantContext.callAs(owner.companyId(), null, () -> jdbc.queryForObject(
                "SELECT count(*) FROM billing_statements WHERE company_id = ?", Integer.class, owner.companyId()))).isEqualTo(1);

        var list = api.get("/api/v1/billing/monthly-invoices", owner.accessToken());
        assertThat((Integer) list.read("$.total")).isEqualTo(1);
        String id = list.text("$.items[0].id");
        var invoice = api.get("/api/v1/billing/monthly-invoices/" + id, owner.accessToken());
        assertThat(invoice.text("$.number")).startsWith("LYX-" + month().replace("-", "") + "-");
        assertThat(invoice.text("$.plan")).isEqualTo("PROFESSIONAL");
        assertThat(invoice.<List<String>>read("$.lines[*].description")).containsExactly("Plan PROFESSIONAL",
                "AI interactions within the allowance", "AI interactions past the allowance, paid from the balance",
                "Bookings made", "Messages sent to customers");
        assertThat(invoice.<List<Integer>>read("$.lines[*].quantity")).containsExactly(1, 10000, 3, 0, 7);
        assertThat(invoice.text("$.lines[2].amount")).isEqualTo("0.06");
        assertThat(invoice.text("$.total")).isEqualTo("79.06");
        assertThat(invoice.text("$.paidFromBalance")).isEqualTo("0.06");
        assertThat(invoice.text("$.amountDue")).isEqualTo("79.00");
        assertThat(invoice.text("$.currency")).isEqualTo("USD");

        var pdf = api.raw(MockMvcRequestBuilders.get("/api/v1/billing/monthly-invoices/" + id + "/pdf")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + owner.accessToken()).accept(MediaType.ALL));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.header(HttpHeaders.CONTENT_DISPOSITION)).contains(invoice.text("$.number") + ".pdf");
        try (PdfReader reader = new PdfReader(pdf.raw().getContentAsByteArray())) {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text).contains(invoice.text("$.number"), "PROFESSIONAL", "79.06", "Amount due: 79.00 USD");
        }

        assertThat(api.get("/api/v1/billing/monthly-invoices/" + id, other.accessToken()).status()).isEqualTo(404);
        assertThat(api.raw(MockMvcRequestBuilders.get("/api/v1/billing/monthly-invoices/" + id + "/pdf")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + other.accessToken()).accept(MediaType.ALL)).status()).isEqualTo(404);
        // The job closed the other company's month too: its own invoice, not this one.
        assertThat(api.get("/api/v1/billing/monthly-invoices", other.accessToken()).<List<String>>read("$.items[*].id"))
                .hasSize(1).doesNotContain(id);

        var months = api.get("/api/v1/billing/usage/months", owner.accessToken());
        assertThat(months.<Map<String, Object>>read("$[0]")).containsEntry("month", month()).doesNotContainKey("closedAt");
        assertThat(months.text("$[1].month")).isEqualTo(month());
        assertThat(months.text("$[1].closedAt")).isNotNull();
        assertThat((Integer) months.read("$[1].aiInteractions")).isEqualTo(10000);
        assertThat((Integer) months.read("$[1].aiOverage")).isEqualTo(3);
        assertThat((Integer) months.read("$[1].outboundMessages")).isEqualTo(7);
    }

    @Test
    void aCompanyOnTheFreePlanOwesNothingAndACompanyMadeAfterTheMonthGetsNoInvoiceOfIt() {
        Account owner = api.signUp();
        YearMonth last = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
        job.closeMonth(last);
        assertThat((Integer) api.get("/api/v1/billing/monthly-invoices", owner.accessToken()).read("$.total")).isZero();

        assertThat(statements.close(owner.companyId(), YearMonth.now(ZoneOffset.UTC))).isTrue();
        var invoice = api.get("/api/v1/billing/monthly-invoices", owner.accessToken());
        assertThat(invoice.text("$.items[0].lines[0].description")).isEqualTo("Plan FREE");
        assertThat(invoice.text("$.items[0].amountDue")).isEqualTo("0.00");
        assertThat(api.get("/api/v1/billing/monthly-invoices/" + java.util.UUID.randomUUID(), owner.accessToken()).status())
                .isEqualTo(404);
    }

    @Test
    void everyMessageSentToACustomerCountsInTheMonth() {
        WhatsAppFixture whatsapp = WhatsAppFixture.connect(api, graph);
        whatsapp.deliver(whatsapp.text("5491155550101", "Ana", "wamid.U1", "Hola, ¿qué precios tienen?"));
        await().atMost(Duration.ofSeconds(20)).until(() -> !graph.messages(whatsapp.phoneNumberId()).isEmpty());
        int sent = graph.messages(whatsapp.phoneNumberId()).size();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat((Integer) api.get("/api/v1/billing/usage",
                whatsapp.owner().accessToken()).read("$.outboundMessages")).isEqualTo(sent));
        // Counted in memory on the message path, then added to Redis in the background.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(redis.opsForHash()
                .get("usage:" + whatsapp.owner().companyId() + ":" + month(), "outbound")).isEqualTo(String.valueOf(sent)));
    }
}
