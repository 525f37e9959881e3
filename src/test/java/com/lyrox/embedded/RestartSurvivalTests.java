package com.lyrox.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.lyrox.LyroxApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The embedded default keeps its data: the application and its stores stop (as at the end of
 * the process) and start again on the same data directory, and everything is still there.
 */
class RestartSurvivalTests {

    private final Path dataDirectory = Path.of("target", "restart-test-" + UUID.randomUUID());
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void removeDataDirectory() throws IOException {
        EmbeddedServices.stop(dataDirectory);
        try (Stream<Path> paths = Files.walk(dataDirectory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void dataInAllThreeStoresSurvivesARestart() throws Exception {
        String email = "restart-" + UUID.randomUUID() + "@example.com";
        try (ConfigurableApplicationContext app = start()) {
            String base = base(app);
            String token = JsonPath.read(post(base + "/api/v1/auth/signup", null, """
                    {"email":"%s","password":"survives-restarts","name":"Ana","companyName":"Durable Co"}"""
                    .formatted(email)).body(), "$.accessToken");
            assertThat(post(base + "/api/v1/products", token, """
                    {"name":"Kept Plan","price":"42.00","currency":"EUR"}""").statusCode()).isEqualTo(201);
            app.getBean(MongoTemplate.class).insert(new Document("_id", "probe").append("value", 7), "restart_probe");
            app.getBean(StringRedisTemplate.class).opsForValue().set("restart:probe", "kept");
        }
        EmbeddedServices.stop(dataDirectory);

        try (ConfigurableApplicationContext app = start()) {
            String base = base(app);
            HttpResponse<String> login = post(base + "/api/v1/auth/login", null, """
                    {"email":"%s","password":"survives-restarts"}""".formatted(email));
            assertThat(login.statusCode()).isEqualTo(200);
            String token = JsonPath.read(login.body(), "$.accessToken");
            HttpResponse<String> products = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/products"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(JsonPath.<String>read(products.body(), "$.items[0].name")).isEqualTo("Kept Plan");
            assertThat(app.getBean(MongoTemplate.class).findById("probe", Document.class, "restart_probe"))
                    .containsEntry("value", 7);
            assertThat(app.getBean(StringRedisTemplate.class).opsForValue().get("restart:probe")).isEqualTo("kept");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LyroxApplication.class)
                .run("--lyrox.embedded.data-dir=" + dataDirectory, "--lyrox.embedded.fresh=false",
                        "--lyrox.demo.enabled=false", "--server.port=0", "--logging.level.root=warn");
    }

    private static String base(ConfigurableApplicationContext app) {
        return "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }

    private HttpResponse<String> post(String url, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
