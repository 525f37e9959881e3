package com.lyrox.identity.internal;

import com.lyrox.identity.Session.CompanyMembership;
import com.lyrox.platform.Role;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every company a user belongs to (invitations not yet accepted left out), across tenants:
 * what sign-in, switching and "me" need.
 * The SQL names the user explicitly; row-level security lets a user read their own memberships.
 */
@Component
class MembershipDirectory {

    private final JdbcTemplate jdbc;

    MembershipDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<CompanyMembership> companiesOf(UUID userId) {
        return jdbc.query("""
                SELECT c.id, c.name, m.role
                  FROM memberships m JOIN companies c ON c.id = m.company_id
                 WHERE m.user_id = ? AND c.active AND m.invite_token_hash IS NULL
                 ORDER BY m.created_at, c.name""",
                (row, i) -> new CompanyMembership(row.getObject("id", UUID.class), row.getString("name"),
                        Role.valueOf(row.getString("role"))),
                userId);
    }
}
