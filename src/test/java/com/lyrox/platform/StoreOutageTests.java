package com.lyrox.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoTimeoutException;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/** An unreachable store is told from every other failure, through any wrapping, and named. */
class StoreOutageTests {

    @Test
    void namesRedisWhenTheClientIsNotConnectedButNotWhenRedisRejectsACommand() {
        assertThat(StoreOutage.of(new RedisSystemException("Redis exception",
                new RedisException("Currently not connected. Commands are rejected."))))
                .contains(new StoreOutage(StoreOutage.REDIS));
        assertThat(StoreOutage.of(new RedisSystemException("Error in execution",
                new RedisCommandExecutionException("WRONGTYPE Operation against a key holding the wrong kind of value"))))
                .isEmpty();
    }

    @Test
    void namesPostgresWhenNoConnectionCanBeHadOrTheServerIsShuttingDown() {
        assertThat(StoreOutage.of(new CannotCreateTransactionException("Could not open JPA EntityManager",
                new IllegalStateException(new SQLTransientConnectionException("Connection is not available")))))
                .contains(new StoreOutage(StoreOutage.POSTGRESQL));
        assertThat(StoreOutage.of(new SQLException("terminating connection due to administrator command", "57P01")))
                .contains(new StoreOutage(StoreOutage.POSTGRESQL));
        assertThat(StoreOutage.of(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isEmpty();
    }

    @Test
    void namesMongoWhenNoServerCanBeFound() {
        assertThat(StoreOutage.of(new DataAccessResourceFailureException("Timed out",
                new MongoTimeoutException("Timed out while waiting for a server"))))
                .contains(new StoreOutage(StoreOutage.MONGODB));
    }

    @Test
    void callsAnUnnamedStoreDownOnlyWhenSpringSaysSo() {
        assertThat(StoreOutage.of(new QueryTimeoutException("timed out")))
                .contains(new StoreOutage("A data store"));
        assertThat(StoreOutage.of(new IllegalStateException("a bug"))).isEmpty();
    }
}
