package com.lyrox.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Configured stores win: with every URL and a key set, nothing embedded starts. */
class EmbeddedServicesEnvironmentTests {

    @Test
    void startsNothingWhenEveryStoreIsConfigured() {
        Path dataDirectory = Path.of("target", "unused-" + UUID.randomUUID());
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("configured", Map.of(
                "spring.datasource.url", "jdbc:postgresql://db.internal:5432/lyrox",
                "spring.data.redis.url", "redis://cache.internal:6379",
                "spring.mongodb.uri", "mongodb://mongo.internal:27017/lyrox",
                "lyrox.security.jwt-secret", "c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA==",
                "lyrox.security.encryption-key", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
                "lyrox.demo.enabled", "false",
                "lyrox.embedded.data-dir", dataDirectory.toString())));

        new EmbeddedServicesEnvironment(new DeferredLogs()).postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.internal:5432/lyrox");
        assertThat(environment.getProperty("spring.data.redis.url")).isEqualTo("redis://cache.internal:6379");
        assertThat(environment.getProperty("spring.mongodb.uri")).isEqualTo("mongodb://mongo.internal:27017/lyrox");
        assertThat(dataDirectory).doesNotExist();
        EmbeddedServices.stop(dataDirectory);
    }

    @Test
    void staysOutOfTheWayWhenDisabled() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("configured",
                Map.of("lyrox.embedded.enabled", "false")));

        new EmbeddedServicesEnvironment(new DeferredLogs()).postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url")).isNull();
        assertThat(environment.getProperty("lyrox.security.jwt-secret")).isNull();
        assertThat(environment.getProperty("lyrox.security.encryption-key")).isNull();
    }
}
