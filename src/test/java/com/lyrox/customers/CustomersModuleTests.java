package com.lyrox.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.lyrox.platform.ApiKeyAuthenticator;
import com.lyrox.platform.TenantContext;
import com.lyrox.sales.SaleCompleted;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The customers module alone, on the real PostgreSQL: the message path's changes follow the
 * same rules as the entity's (stage order, tags, opt-out), and say so only when something changed.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
class CustomersModuleTests {

    private final CustomerDirectory directory;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private UUID companyId;

    CustomersModuleTests(CustomerDirectory directory, JdbcTemplate jdbc, TransactionTemplate tx,
                         ApplicationEventPublisher events) {
        this.directory = directory;
        this.jdbc = jdbc;
        this.tx = tx;
        this.events = events;
    }

    /** Sign-in is another module's: no API key is known here. */
    @TestConfiguration
    static class NoApiKeys {
        @Bean
        ApiKeyAuthenticator noApiKeys() {
            return rawKey -> Optional.empty();
        }
    }

    @BeforeEach
    void aCompany() {
        UUID ownerId = UUID.randomUUID();
        companyId = UUID.randomUUID();
        jdbc.update("INSERT INTO users (id, email) VALUES (?, ?)", ownerId, ownerId + "@example.com");
        jdbc.update("INSERT INTO companies (id, owner_id, name) VALUES (?, ?, 'Module test')", companyId, ownerId);
    }

    @Test
    void theMessagePathMovesACustomerForwardOnly(PublishedEvents published) {
        UUID customer = contact("+5491155550001").id();

        inCompany(() -> directory.advanceTo(customer, Stage.QUALIFIED));
        inCompany(() -> directory.advanceTo(customer, Stage.LEAD));
        inCompany(() -> directory.advanceTo(customer, Stage.QUALIFIED));

        assertThat(row(customer).get("stage")).isEqualTo("QUALIFIED");
        assertThat(published.ofType(CustomerChanged.class).matchingValue(CustomerChanged::customerId, customer))
                .extracting(CustomerChanged::stage).containsExactly(Stage.QUALIFIED);
    }

    @Test
    void tagsFollowOneRuleWhicheverPathAddsThem(PublishedEvents published) {
        UUID customer = contact("+5491155550002").id();

        inCompany(() -> directory.addTags(customer, List.of(" VIP ", "", "x".repeat(101), "vip", "Fitness")));
        inCompany(() -> directory.addTags(customer, List.of("FITNESS")));

        assertThat(tags(customer)).containsExactly("vip", "fitness");
        assertThat(published.ofType(CustomerChanged.class).matchingValue(CustomerChanged::customerId, customer))
                .extracting(CustomerChanged::tags).containsExactly(List.of("vip", "fitness"));
    }

    @Test
    void optingOutRecordsWhenAndOptingInForgetsIt() {
        UUID customer = contact("+5491155550003").id();

        inCompany(() -> directory.optOut(customer));
        assertThat(contact("+5491155550003").optedOut()).isTrue();
        assertThat(row(customer).get("opted_out_at")).isNotNull();

        inCompany(() -> directory.optIn(customer));
        assertThat(contact("+5491155550003").optedOut()).isFalse();
        assertThat(row(customer).get("opted_out_at")).isNull();
    }

    @Test
    void aPaymentMakesALeadACustomerButLeavesAChurnedOneChurned() {
        UUID lead = contact("+5491155550004").id();
        UUID churned = contact("+5491155550005").id();
        inCompany(() -> directory.advanceTo(churned, Stage.CHURNED));

        pay(lead, "49.00");
        pay(churned, "20.00");

        assertThat(row(lead)).containsEntry("stage", "CUSTOMER").containsEntry("lifetime_value", new BigDecimal("49.00"));
        assertThat(row(churned)).containsEntry("stage", "CHURNED").containsEntry("lifetime_value", new BigDecimal("20.00"));
    }

    @Test
    void aContactCountsEachInteractionAndKeepsTheFirstName() {
        contact("+5491155550006");
        CustomerContact again = inCompany(() -> directory.recordContact("+5491155550006", null, "Another name",
                Instant.parse("2026-12-01T10:00:00Z")));

        assertThat(again.name()).isEqualTo("Lucía");
        assertThat(row(again.id())).containsEntry("total_interactions", 2);
    }

    private CustomerContact contact(String phone) {
        return inCompany(() -> directory.recordContact(phone, null, "Lucía", Instant.parse("2026-12-01T09:00:00Z")));
    }

    private void pay(UUID customer, String amount) {
        inCompany(() -> tx.executeWithoutResult(status -> events.publishEvent(
                new SaleCompleted(companyId, UUID.randomUUID(), customer, new BigDecimal(amount), "USD"))));
    }

    private Map<String, Object> row(UUID customer) {
        return inCompany(() -> jdbc.queryForMap("SELECT stage, tags, opted_out_at, lifetime_value, total_interactions "
                + "FROM customers WHERE company_id = ? AND id = ?", companyId, customer));
    }

    private List<String> tags(UUID customer) {
        return inCompany(() -> jdbc.queryForObject("SELECT tags FROM customers WHERE company_id = ? AND id = ?",
                (rs, i) -> Arrays.asList((String[]) rs.getArray(1).getArray()), companyId, customer));
    }

    private void inCompany(Runnable work) {
        TenantContext.runAs(companyId, null, work);
    }

    private <T> T inCompany(Supplier<T> work) {
        return TenantContext.callAs(companyId, null, work);
    }
}
