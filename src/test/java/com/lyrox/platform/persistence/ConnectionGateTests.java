package com.lyrox.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Threads beyond the pool's size wait at the gate, and every closed connection lets one through. */
class ConnectionGateTests {

    final AtomicInteger closed = new AtomicInteger();

    @Test
    void aThreadBeyondThePoolWaitsUntilAConnectionIsClosed() throws Exception {
        ConnectionGate gate = new ConnectionGate(1, Duration.ofSeconds(10), Duration.ofSeconds(1));
        Connection first = gate.open(this::connection);
        CompletableFuture<Connection> second = CompletableFuture.supplyAsync(() -> open(gate));

        Thread.sleep(200);
        assertThat(second).isNotDone();
        first.close();
        first.close();
        assertThat(second.get(5, TimeUnit.SECONDS)).isNotNull();
        assertThat(closed).hasValue(2);
        assertThat(gate.available()).isZero();
        second.get().close();
        assertThat(gate.available()).isEqualTo(1);
    }

    @Test
    void givesUpAfterTheTimeoutAndAFailedOpenKeepsNoPermit() throws Exception {
        ConnectionGate gate = new ConnectionGate(1, Duration.ofMillis(100), Duration.ofSeconds(1));
        assertThatThrownBy(() -> gate.open(() -> {
            throw new SQLException("database is down");
        })).hasMessage("database is down");
        Connection held = gate.open(this::connection);
        assertThatThrownBy(() -> gate.open(this::connection)).isInstanceOf(SQLTransientConnectionException.class);
        held.close();
        assertThat(gate.available()).isEqualTo(1);
    }

    @Test
    void afterTheDatabaseFailedToAnswerOthersFailAtOnceUntilOneFindsItBack() throws Exception {
        ConnectionGate gate = new ConnectionGate(2, Duration.ofSeconds(10), Duration.ofSeconds(3));
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> gate.open(() -> {
            attempts.incrementAndGet();
            throw new SQLTransientConnectionException("Connection is not available, request timed out");
        })).isInstanceOf(SQLTransientConnectionException.class);
        assertThatThrownBy(() -> gate.open(() -> {
            attempts.incrementAndGet();
            return connection();
        })).isInstanceOf(SQLTransientConnectionException.class);
        assertThat(attempts).hasValue(1);
        assertThat(gate.available()).isEqualTo(2);

        Thread.sleep(3_100);
        gate.open(this::connection).close();
        gate.open(this::connection).close();
        assertThat(gate.available()).isEqualTo(2);
    }

    private Connection open(ConnectionGate gate) {
        try {
            return gate.open(this::connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection connection() {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if ("close".equals(method.getName())) {
                        closed.incrementAndGet();
                    }
                    return null;
                });
    }
}
