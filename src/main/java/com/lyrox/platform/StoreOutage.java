package com.lyrox.platform;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A store that could not be reached (down, unreachable, or not answering in time), told apart
 * from every other failure: an outage is worth a 503 and a retry, a bug is not.
 *
 * @param store the store's name as people know it ("PostgreSQL", "Redis", "MongoDB"), or "A data store"
 */
public record StoreOutage(String store) {

    public static final String POSTGRESQL = "PostgreSQL";
    public static final String REDIS = "Redis";
    public static final String MONGODB = "MongoDB";
    static final String UNKNOWN = "A data store";

    /** The outage behind a failure, looking through its causes; empty when the failure is anything else. */
    public static Optional<StoreOutage> of(Throwable failure) {
        boolean generic = false;
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, true) == null; cause = cause.getCause()) {
            String store = storeOf(cause);
            if (store != null) {
                return Optional.of(new StoreOutage(store));
            }
            generic |= cause instanceof DataAccessResourceFailureException || cause instanceof QueryTimeoutException
                    || cause instanceof CannotCreateTransactionException;
        }
        return generic ? Optional.of(new StoreOutage(UNKNOWN)) : Optional.empty();
    }

    private static String storeOf(Throwable cause) {
        if (cause instanceof RedisConnectionFailureException || cause instanceof RedisConnectionException
                || cause instanceof RedisCommandTimeoutException
                // A bare RedisException is the client's own ("not connected", "connection closed"); the
                // server's answers to commands are subclasses and are not outages.
                || cause.getClass() == RedisException.class) {
            return REDIS;
        }
        if (cause instanceof MongoTimeoutException || cause instanceof MongoSocketException) {
            return MONGODB;
        }
        if (cause instanceof CannotGetJdbcConnectionException || cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
            return POSTGRESQL;
        }
        return null;
    }

    /** SQLSTATE class 08 (connection exception), or 57P01-57P03: the server is shutting down or starting up. */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }
}
