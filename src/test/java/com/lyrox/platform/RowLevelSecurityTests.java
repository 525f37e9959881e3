package com.lyrox.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lyrox.support.Api;
import com.lyrox.support.Api.Account;
import com.lyrox.support.LyroxTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** PostgreSQL's row-level security: SQL that forgets the company still sees only its own. */
@LyroxTest
class RowLevelSecurityTests {

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    Account a;
    Account b;

    @BeforeEach
    void twoCompaniesWithProducts() {
        a = api.signUp();
        b = api.signUp();
        api.post("/api/v1/products", a.accessToken(), Api.productBody("Product of A", "10"));
        api.post("/api/v1/products", b.accessToken(), Api.productBody("Product of B", "20"));
        api.post("/api/v1/customers", b.accessToken(), Map.of("phone", "+5491155550001", "name", "Customer of B"));
    }

    @Test
    void applicationRoleIsSubjectToRowLevelSecurity() {
        Map<String, Object> role = jdbc.queryForMap(
                "SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user");
        assertThat(role).containsEntry("rolsuper", false).containsEntry("rolbypassrls", false);
    }

    @Test
    void sqlWithoutACompanyFilterSeesOnlyTheCurrentCompanysRows() {
        List<String> names = TenantContext.callAs(a.companyId(), a.userId(),
                () -> jdbc.queryForList("SELECT name FROM products", String.class));
        assertThat(names).containsExactly("Product of A");

        Long customersOfB = TenantContext.callAs(a.companyId(), a.userId(),
                () -> jdbc.queryForObject("SELECT count(*) FROM customers", Long.class));
        assertThat(customersOfB).isZero();
    }

    @Test
    void sqlOutsideAnyTenantSeesNoTenantRows() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM products", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM customers", Long.class)).isZero();
    }

    @Test
    void anUnfilteredUpdateChangesOnlyTheCurrentCompanysRows() {
        int changed = TenantContext.callAs(a.companyId(), a.userId(),
                () -> jdbc.update("UPDATE products SET price = 1"));
        assertThat(changed).isEqualTo(1);
        String priceOfB = api.get("/api/v1/products", b.accessToken()).text("$.items[0].price");
        assertThat(priceOfB).isEqualTo("20.00");
    }

    @Test
    void rowsCannotBeWrittenIntoAnotherCompany() {
        assertThatThrownBy(() -> TenantContext.runAs(a.companyId(), a.userId(), () -> jdbc.update(
                "INSERT INTO products (id, company_id, name, price) VALUES (?, ?, 'Planted', 5)",
                UUID.randomUUID(), b.companyId())))
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("violates row-level security policy");
        assertThat((Integer) api.get("/api/v1/products", b.accessToken()).read("$.total")).isEqualTo(1);
    }
}
