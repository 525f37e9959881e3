package com.lyrox.platform.persistence;

import com.lyrox.platform.TenantContext;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Counter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Hands out connections that carry the current company and user as PostgreSQL settings
 * ({@code app.company_id}, {@code app.user_id}), which the row-level security policies read.
 * Every checkout overwrites both, so a pooled connection never keeps an earlier tenant. In
 * front of a Hikari pool, a {@link ConnectionGate} queues the threads the pool cannot serve.
 */
class TenantAwareDataSource extends DelegatingDataSource {

    private static final String BIND_TENANT =
            "select set_config('app.company_id', ?, false), set_config('app.user_id', ?, false)";

    private final ConnectionGate gate;
    private final Counter calls;

    /**
     * @param queueTimeout longest wait for a free connection while the database answers; while it
     *                     does not, the pool's own connection timeout is how often it is tried again
     */
    TenantAwareDataSource(DataSource target, Duration queueTimeout, Counter calls) {
        super(target);
        this.calls = calls;
        this.gate = target instanceof HikariDataSource pool ? new ConnectionGate(pool.getMaximumPoolSize(),
                queueTimeout, Duration.ofMillis(pool.getConnectionTimeout())) : null;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return bind(gate == null ? super.getConnection() : gate.open(super::getConnection));
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return bind(gate == null ? super.getConnection(username, password)
                : gate.open(() -> super.getConnection(username, password)));
    }

    private Connection bind(Connection opened) throws SQLException {
        Connection connection = CountedConnection.of(opened, calls);
        var tenant = TenantContext.current();
        try (PreparedStatement statement = connection.prepareStatement(BIND_TENANT)) {
            statement.setString(1, tenant.map(t -> text(t.companyId())).orElse(""));
            statement.setString(2, tenant.map(t -> text(t.userId())).orElse(""));
            statement.execute();
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private static String text(UUID id) {
        return id == null ? "" : id.toString();
    }
}
