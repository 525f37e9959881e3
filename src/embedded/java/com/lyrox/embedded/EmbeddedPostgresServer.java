package com.lyrox.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL server whose files live in the data directory, so data survives restarts.
 * The application connects as {@code lyrox}, an ordinary role that owns the schema, so that
 * row-level security (forced on the tables) applies to it.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    static final String DATABASE = "lyrox";
    static final String ROLE = "lyrox";
    static final String PASSWORD = "lyrox";

    private final Path directory;
    private final int port;
    private EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    static EmbeddedPostgresServer start(Path directory) throws IOException {
        Files.createDirectories(directory);
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(directory, FreePort.find());
        server.restart();
        server.createApplicationDatabase();
        return server;
    }

    /** Stops the server, keeping its files and its port, as an outage would; {@link #restart()} brings it back. */
    synchronized void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    /** Starts the server on its port and data directory, unless it runs. */
    synchronized void restart() throws IOException {
        if (postgres == null) {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(30))
                    .start();
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    int port() {
        return port;
    }

    private void createApplicationDatabase() throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("""
                    DO $$ BEGIN
                      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%s') THEN
                        CREATE ROLE %s LOGIN PASSWORD '%s' NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
                      END IF;
                    END $$""".formatted(ROLE, ROLE, PASSWORD));
            var existing = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!existing.next()) {
                statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + ROLE);
            }
        } catch (SQLException e) {
            throw new IOException("Could not prepare the embedded PostgreSQL database", e);
        }
    }

    @Override
    public void close() throws IOException {
        stop();
    }
}
