package com.lyrox.platform.persistence;

import io.micrometer.core.instrument.Counter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;

/**
 * A connection that counts its round trips to PostgreSQL: each statement prepared or created
 * (a batch of rows is one), each commit and each rollback. What a turn costs the database is
 * then a figure ({@value StoreCallMetrics#CALLS}), not a guess.
 */
final class CountedConnection {

    private static final Set<String> ROUND_TRIPS = Set.of("prepareStatement", "createStatement", "prepareCall",
            "commit", "rollback");

    private CountedConnection() {
    }

    static Connection of(Connection connection, Counter calls) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (ROUND_TRIPS.contains(method.getName())) {
                        calls.increment();
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
