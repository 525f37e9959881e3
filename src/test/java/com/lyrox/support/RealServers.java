package com.lyrox.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.MountableFile;

/**
 * The servers of {@code docker-compose.yml}, same images, same settings, started once per test
 * JVM (Testcontainers' reaper removes them when it ends), and the application pointed at them
 * through the properties production sets ({@code SPRING_DATASOURCE_*}, {@code SPRING_MONGODB_URI},
 * {@code REDIS_URL}). PostgreSQL runs compose's own init script, so the application connects as
 * the ordinary role {@code lyrox} that owns its database: the superuser the image starts with
 * would ignore row-level security and hide a broken policy.
 */
public final class RealServers implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Path COMPOSE = Path.of("docker-compose.yml");
    private static final Path POSTGRES_INIT = Path.of("docker/postgres-init.sql");
    private static final String ROLE = "lyrox";
    private static final String PASSWORD = "lyrox";

    // Once per JVM like the servers: a second context must open the secrets the first one sealed.
    private static final String JWT_SECRET = randomKey(48);
    private static final String ENCRYPTION_KEY = randomKey(32);

    private static PostgreSQLContainer postgres;
    private static MongoDBContainer mongo;
    private static GenericContainer<?> redis;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        start();
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", "jdbc:postgresql://" + postgres.getHost() + ":"
                + postgres.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT) + "/lyrox");
        properties.put("spring.datasource.username", ROLE);
        properties.put("spring.datasource.password", PASSWORD);
        properties.put("spring.mongodb.uri", mongo.getConnectionString() + "/lyrox");
        properties.put("spring.data.redis.url", "redis://" + redis.getHost() + ":" + redis.getMappedPort(6379));
        // Against a real database nothing generates the keys: production must configure them, so does this suite.
        properties.put("lyrox.security.jwt-secret", JWT_SECRET);
        properties.put("lyrox.security.encryption-key", ENCRYPTION_KEY);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("lyroxRealServers", properties));
    }

    private static synchronized void start() {
        if (postgres != null) {
            return;
        }
        Map<String, String> images = composeImages();
        // The superuser runs compose's init script, as the image's entrypoint does on a new volume.
        PostgreSQLContainer database = new PostgreSQLContainer(images.get("postgres"))
                .withUsername("postgres").withPassword("postgres").withDatabaseName("postgres")
                .withCopyFileToContainer(MountableFile.forHostPath(POSTGRES_INIT), "/docker-entrypoint-initdb.d/10-lyrox.sql");
        // Standalone, as in compose: nothing needs a replica set (no transactions, no change streams).
        MongoDBContainer documents = new MongoDBContainer(images.get("mongo"));
        GenericContainer<?> cache = new GenericContainer<>(images.get("redis"))
                .withCommand("redis-server", "--appendonly", "yes")
                .withExposedPorts(6379)
                .waitingFor(Wait.forLogMessage(".*Ready to accept connections.*\\n", 1));
        Startables.deepStart(List.of(database, documents, cache)).join();
        postgres = database;
        mongo = documents;
        redis = cache;
    }

    /** Each service's {@code image:} in the compose file, so the suite follows it when it moves. */
    static Map<String, String> composeImages() {
        try {
            Map<String, String> images = new HashMap<>();
            Matcher service = Pattern.compile("(?m)^  ([\\w-]+):\\s*$|^    image:\\s*(\\S+)\\s*$").matcher(Files.readString(COMPOSE));
            String current = null;
            while (service.find()) {
                if (service.group(1) != null) {
                    current = service.group(1);
                } else if (current != null) {
                    images.put(current, service.group(2));
                }
            }
            for (String name : List.of("postgres", "mongo", "redis")) {
                if (!images.containsKey(name)) {
                    throw new IllegalStateException(COMPOSE + " names no image for the service " + name);
                }
            }
            return images;
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
