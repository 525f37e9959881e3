package com.lyrox.platform;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * One page of a company's rows of a table read with plain SQL: its count and the page's rows,
 * each query naming the company. The table, columns and order are the caller's constants, never
 * input.
 */
public final class CompanyRows {

    private CompanyRows() {
    }

    public static <T> PageResponse<T> page(JdbcTemplate jdbc, String table, String columns, String orderBy, RowMapper<T> rows,
                                           UUID companyId, int page, int size) {
        Long total = jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE company_id = ?", Long.class, companyId);
        List<T> items = jdbc.query("SELECT " + columns + " FROM " + table + " WHERE company_id = ? ORDER BY " + orderBy
                + " LIMIT ? OFFSET ?", rows, companyId, size, (long) page * size);
        return new PageResponse<>(items, page, size, total == null ? 0 : total);
    }
}
