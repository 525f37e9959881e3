package com.lyrox.customers.internal;

import com.lyrox.customers.CustomerContact;
import com.lyrox.customers.CustomerDirectory;
import com.lyrox.customers.Stage;
import com.lyrox.platform.TenantContext;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The message path's customers. The customer behind an inbound WhatsApp message is created or
 * updated in one statement ({@code INSERT … ON CONFLICT}), so two messages racing from a new
 * number make one customer. The other changes lock the customer's row, apply the entity's rules
 * ({@link Customer}) and write what changed: two round trips, one when nothing changes. The lock
 * orders them with a concurrent contact's upsert, so neither overwrites the other.
 */
@Service
class CustomerContacts implements CustomerDirectory {

    private static final String RECORD = """
            INSERT INTO customers (id, company_id, phone, whatsapp_user_id, name, first_contact, last_interaction,
                                   total_interactions)
            VALUES (?, ?, ?, ?, ?, ?, ?, 1)
            ON CONFLICT %s DO UPDATE SET
                name = COALESCE(customers.name, EXCLUDED.name),
                whatsapp_user_id = COALESCE(customers.whatsapp_user_id, EXCLUDED.whatsapp_user_id),
                last_interaction = GREATEST(customers.last_interaction, EXCLUDED.last_interaction),
                total_interactions = customers.total_interactions + 1,
                updated_at = now()
            RETURNING id, phone, name, stage, tags, opted_out""";
    private static final String BY_PHONE = RECORD.formatted("(company_id, phone)");
    private static final String BY_USER_ID = RECORD.formatted(
            "(company_id, whatsapp_user_id) WHERE whatsapp_user_id IS NOT NULL");

    private static final String FIND_OR_CREATE = """
            INSERT INTO customers (id, company_id, phone, name) VALUES (?, ?, ?, ?)
            ON CONFLICT (company_id, phone) DO UPDATE SET name = COALESCE(customers.name, EXCLUDED.name)
            RETURNING id, phone, name, stage, tags, opted_out""";
    private static final String FIND = "SELECT id, phone, name, stage, tags, opted_out FROM customers"
            + " WHERE company_id = ? AND id = ?";
    private static final String FIND_ALL = "SELECT id, phone, name, stage, tags, opted_out FROM customers"
            + " WHERE company_id = ? AND id = ANY(?)";

    private final JdbcTemplate jdbc;
    private final CustomerRepository customers;
    private final CustomerChanges changes;
    private final Clock clock;

    CustomerContacts(JdbcTemplate jdbc, CustomerRepository customers, CustomerChanges changes, Clock clock) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.changes = changes;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CustomerContact recordContact(String phone, String whatsappUserId, String profileName, Instant at) {
        if (phone == null && whatsappUserId == null) {
            throw new IllegalArgumentException("A WhatsApp customer needs a phone or a user id");
        }
        return jdbc.queryForObject(phone != null ? BY_PHONE : BY_USER_ID, CustomerContacts::contact,
                UUID.randomUUID(), TenantContext.requireCompanyId(), phone, whatsappUserId, profileName,
                Timestamp.from(at), Timestamp.from(at));
    }

    @Override
    @Transactional
    public CustomerContact findOrCreate(String phone, String name) {
        return jdbc.queryForObject(FIND_OR_CREATE, CustomerContacts::contact, UUID.randomUUID(),
                TenantContext.requireCompanyId(), phone, name);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CustomerContact> find(UUID customerId) {
        return jdbc.query(FIND, CustomerContacts::contact, TenantContext.requireCompanyId(), customerId).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CustomerContact> findAll(Collection<UUID> customerIds) {
        if (customerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(FIND_ALL, CustomerContacts::contact, TenantContext.requireCompanyId(),
                customerIds.toArray(UUID[]::new));
    }

    @Override
    @Transactional
    public void optOut(UUID customerId) {
        customers.lockById(customerId).ifPresent(customer -> customer.optOut(clock.instant()));
    }

    @Override
    @Transactional
    public void optIn(UUID customerId) {
        customers.lockById(customerId).ifPresent(Customer::optIn);
    }

    @Override
    @Transactional
    public void advanceTo(UUID customerId, Stage stage) {
        if (customers.lockById(customerId).map(customer -> customer.advanceTo(stage)).orElse(false)) {
            changes.announce(customerId);
        }
    }

    @Override
    @Transactional
    public void addTags(UUID customerId, List<String> tags) {
        if (customers.lockById(customerId).map(customer -> customer.addTags(tags)).orElse(false)) {
            changes.announce(customerId);
        }
    }

    private static CustomerContact contact(ResultSet row, int index) throws SQLException {
        Array tags = row.getArray("tags");
        return new CustomerContact(row.getObject("id", UUID.class), row.getString("phone"), row.getString("name"),
                Stage.valueOf(row.getString("stage")),
                tags == null ? List.of() : Arrays.asList((String[]) tags.getArray()), row.getBoolean("opted_out"));
    }
}
