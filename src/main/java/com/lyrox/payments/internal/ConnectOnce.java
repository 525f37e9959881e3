package com.lyrox.payments.internal;

import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Connecting a provider the company has no connection to yet inserts its row; two connections
 * made at the same moment meet at the unique key, and the one that lost tries once more, now
 * updating the row the other made.
 */
final class ConnectOnce {

    private ConnectOnce() {
    }

    static <T> T connect(Supplier<T> connection) {
        try {
            return connection.get();
        } catch (DataIntegrityViolationException raced) {
            return connection.get();
        }
    }
}
