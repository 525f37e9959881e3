package com.lyrox.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The embedded services of one data directory, started at most once per JVM (however many
 * application contexts a test run builds) and stopped when the JVM exits, so Ctrl-C or the
 * end of a test run leaves no process behind.
 */
public final class EmbeddedServices {

    private static final Map<Path, EmbeddedServices> RUNNING = new HashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedServices::stopAll, "lyrox-embedded-shutdown"));
    }

    private final Path dataDirectory;
    private EmbeddedPostgresServer postgres;
    private EmbeddedRedisServer redis;
    private EmbeddedMongoServer mongo;

    private EmbeddedServices(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    /** The services of a data directory; {@code fresh} wipes it before its first use in this JVM. */
    static synchronized EmbeddedServices of(Path dataDirectory, boolean fresh) {
        Path key = dataDirectory.toAbsolutePath().normalize();
        return RUNNING.computeIfAbsent(key, directory -> {
            if (fresh) {
                delete(directory);
            }
            return new EmbeddedServices(directory);
        });
    }

    synchronized EmbeddedPostgresServer postgres(Log log) {
        if (postgres == null) {
            postgres = start(() -> EmbeddedPostgresServer.start(dataDirectory.resolve("postgres"), log));
        }
        return postgres;
    }

    synchronized EmbeddedRedisServer redis(Log log) {
        if (redis == null) {
            redis = start(() -> EmbeddedRedisServer.start(dataDirectory.resolve("redis"), log));
        }
        return redis;
    }

    synchronized EmbeddedMongoServer mongo() {
        return mongo(LogFactory.getLog(EmbeddedMongoServer.class));
    }

    synchronized EmbeddedMongoServer mongo(Log log) {
        if (mongo == null) {
            mongo = start(() -> EmbeddedMongoServer.start(dataDirectory.resolve("mongo"), log));
        }
        return mongo;
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    /** Stops the services of a data directory, as the end of the process would. */
    public static synchronized void stop(Path dataDirectory) {
        EmbeddedServices services = RUNNING.remove(dataDirectory.toAbsolutePath().normalize());
        if (services != null) {
            services.stopServices();
        }
    }

    private static synchronized void stopAll() {
        RUNNING.values().forEach(EmbeddedServices::stopServices);
        RUNNING.clear();
    }

    private void stopServices() {
        closeQuietly(mongo);
        closeQuietly(redis);
        closeQuietly(postgres);
        mongo = null;
        redis = null;
        postgres = null;
    }

    private static void closeQuietly(AutoCloseable service) {
        if (service == null) {
            return;
        }
        try {
            service.close();
        } catch (Exception e) {
            System.err.println("Could not stop an embedded service cleanly: " + e.getMessage());
        }
    }

    private interface Starter<T> {
        T start() throws IOException;
    }

    private static <T> T start(Starter<T> starter) {
        try {
            return starter.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not clear " + directory, e);
        }
    }
}
