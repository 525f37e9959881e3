package com.lyrox.customers.internal;

import com.lyrox.customers.CustomerContact;
import com.lyrox.customers.CustomerDirectory;
import com.lyrox.customers.Stage;
import com.lyrox.platform.TenantContext;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates or updates the customer behind an inbound WhatsApp message in one statement
 * ({@code INSERT … ON CONFLICT}), so two messages racing from a new number make one customer.
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

    private final JdbcTemplate jdbc;
    private final CustomerChanges changes;

    CustomerContacts(JdbcTemplate jdbc, CustomerChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
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
    public void setOptedOut(UUID customerId, boolean optedOut) {
        jdbc.update("UPDATE customers SET opted_out = ?, opted_out_at = CASE WHEN ? THEN now() END, updated_at = now() "
                        + "WHERE company_id = ? AND id = ?",
                optedOut, optedOut, TenantContext.requireCompanyId(), customerId);
    }

    @Override
    @Transactional
    public void advanceTo(UUID customerId, Stage stage) {
        int moved = jdbc.update("""
                UPDATE customers SET stage = ?, updated_at = now()
                 WHERE company_id = ? AND id = ?
                   AND array_position(ARRAY['LEAD','QUALIFIED','CUSTOMER','CHURNED']::varchar[], stage)
                       < array_position(ARRAY['LEAD','QUALIFIED','CUSTOMER','CHURNED']::varchar[], ?::varchar)""",
                stage.name(), TenantContext.requireCompanyId(), customerId, stage.name());
        if (moved > 0) {
            changes.announce(customerId);
        }
    }

    @Override
    @Transactional
    public void addTags(UUID customerId, List<String> tags) {
        String[] normalised = tags.stream().map(tag -> tag.trim().toLowerCase(java.util.Locale.ROOT))
                .filter(tag -> !tag.isEmpty() && tag.length() <= 100).distinct().toArray(String[]::new);
        int tagged = jdbc.update("""
                UPDATE customers SET tags = ARRAY(SELECT DISTINCT unnest(tags || ?::varchar[])), updated_at = now()
                 WHERE company_id = ? AND id = ?""", normalised, TenantContext.requireCompanyId(), customerId);
        if (tagged > 0) {
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
