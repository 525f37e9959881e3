package com.lyrox.embedded;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Before the application context starts: for each store with no URL configured, starts the
 * embedded one and points Spring at it. When the database is the embedded one it also keeps
 * the signing and encryption keys in the data directory and turns on the demo data; against a
 * real database those must be configured. Whatever is configured explicitly wins.
 */
public class EmbeddedServicesEnvironment implements EnvironmentPostProcessor, Ordered {

    private static final String SOURCE = "lyroxEmbeddedServices";

    private final Log log;

    public EmbeddedServicesEnvironment(DeferredLogFactory logs) {
        this.log = logs.getLog(EmbeddedServicesEnvironment.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("lyrox.embedded.enabled", Boolean.class, true)
                || environment.getPropertySources().contains(SOURCE)) {
            return;
        }
        Path dataDirectory = Path.of(environment.getProperty("lyrox.embedded.data-dir", "./data"));
        boolean fresh = environment.getProperty("lyrox.embedded.fresh", Boolean.class, false);
        EmbeddedServices services = EmbeddedServices.of(dataDirectory, fresh);
        Map<String, Object> properties = new LinkedHashMap<>();

        if (!configured(environment, "spring.datasource.url")) {
            EmbeddedPostgresServer postgres = services.postgres(log);
            properties.put("spring.datasource.url", postgres.jdbcUrl());
            properties.put("spring.datasource.username", EmbeddedPostgresServer.ROLE);
            properties.put("spring.datasource.password", EmbeddedPostgresServer.PASSWORD);
            log.info("Embedded PostgreSQL on port " + postgres.port() + ", files in " + dataDirectory.resolve("postgres"));
        }
        if (!configured(environment, "spring.data.redis.url") && !configured(environment, "spring.data.redis.host")) {
            EmbeddedRedisServer redis = services.redis(log);
            properties.put("spring.data.redis.url", redis.url());
            log.info("Embedded Redis on port " + redis.port() + ", files in " + dataDirectory.resolve("redis"));
        }
        if (!configured(environment, "spring.mongodb.uri")) {
            EmbeddedMongoServer mongo = services.mongo(log);
            properties.put("spring.mongodb.uri", mongo.uri());
            log.info("Embedded MongoDB wire server on port " + mongo.port() + ", files in " + dataDirectory.resolve("mongo"));
        }
        boolean localDatabase = properties.containsKey("spring.datasource.url");
        if (localDatabase && !configured(environment, "lyrox.security.jwt-secret")) {
            properties.put("lyrox.security.jwt-secret", KeyFile.loadOrCreate(services.dataDirectory(), "jwt-signing.key", 48));
        }
        if (localDatabase && !configured(environment, "lyrox.security.encryption-key")) {
            properties.put("lyrox.security.encryption-key", KeyFile.loadOrCreate(services.dataDirectory(), "encryption.key", 32));
        }
        if (localDatabase && environment.getProperty("lyrox.demo.enabled") == null) {
            properties.put("lyrox.demo.enabled", true);
        }
        if (localDatabase && environment.getProperty("lyrox.simulator.enabled") == null) {
            properties.put("lyrox.simulator.enabled", true);
        }
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, properties));
    }

    private static boolean configured(ConfigurableEnvironment environment, String property) {
        return StringUtils.hasText(environment.getProperty(property));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
