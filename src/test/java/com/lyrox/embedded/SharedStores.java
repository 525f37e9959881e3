package com.lyrox.embedded;

import com.lyrox.support.StoreProcesses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.logging.LogFactory;

/**
 * PostgreSQL, Redis and MongoDB (wire server) started by a test, outside every application JVM, so
 * that several instances are their clients as they would be on shared servers; with the secrets
 * the instances must share to accept each other's tokens and read each other's sealed values.
 */
final class SharedStores implements AutoCloseable {

    private final Path directory;
    private final String jdbcUrl;
    private final Map<String, String> shared;

    private SharedStores(Path directory, String jdbcUrl, Map<String, String> shared) {
        this.directory = directory;
        this.jdbcUrl = jdbcUrl;
        this.shared = shared;
    }

    /** Starts the stores on a fresh {@code directory}. */
    static SharedStores start(Path directory) {
        EmbeddedServices stores = EmbeddedServices.of(directory, true);
        var log = LogFactory.getLog(SharedStores.class);
        String jdbcUrl = stores.postgres(log).jdbcUrl();
        return new SharedStores(directory, jdbcUrl, Map.of(
                "lyrox.embedded.enabled", "false",
                "lyrox.demo.enabled", "false",
                "spring.datasource.username", EmbeddedPostgresServer.ROLE,
                "spring.datasource.password", EmbeddedPostgresServer.PASSWORD,
                "spring.data.redis.url", stores.redis(log).url(),
                "spring.mongodb.uri", stores.mongo().uri(),
                "lyrox.security.jwt-secret", randomKey(48),
                "lyrox.security.encryption-key", randomKey(32)));
    }

    /** The properties of an instance on these stores; its sessions carry {@code instance} as PostgreSQL's application_name. */
    Map<String, String> properties(String instance) {
        Map<String, String> properties = new HashMap<>(shared);
        properties.put("spring.datasource.url", jdbcUrl + "?ApplicationName=" + instance);
        return properties;
    }

    /** A session on the application's database, as the application's own role. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, EmbeddedPostgresServer.ROLE, EmbeddedPostgresServer.PASSWORD);
    }

    /** Stops the stores and removes their data; the instances are to be stopped first. */
    @Override
    public void close() {
        EmbeddedServices.stop(directory);
        StoreProcesses.stopAll(directory);
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String randomKey(int bytes) {
        byte[] key = new byte[bytes];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
