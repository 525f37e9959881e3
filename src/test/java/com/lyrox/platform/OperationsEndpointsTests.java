package com.lyrox.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.lyrox.support.Api;
import com.lyrox.support.LyroxTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Health covers the three stores, metrics are exposed and the API is documented. */
@LyroxTest
class OperationsEndpointsTests {

    @Autowired
    Api api;

    @Test
    void healthCoversPostgresRedisAndMongo() {
        var health = api.get("/actuator/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text("$.status")).isEqualTo("UP");
        assertThat(health.text("$.components.db.status")).isEqualTo("UP");
        assertThat(health.text("$.components.redis.status")).isEqualTo("UP");
        assertThat(health.text("$.components.mongo.status")).isEqualTo("UP");
    }

    @Test
    void exposesPrometheusMetrics() throws Exception {
        var metrics = api.raw(MockMvcRequestBuilders.get("/actuator/prometheus").accept(MediaType.TEXT_PLAIN));
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.raw().getContentAsString()).contains("jvm_memory_used_bytes", "hikaricp_connections");
    }

    @Test
    void documentsEveryApiWithBothWaysToAuthenticate() {
        var docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().read("$.paths", java.util.Map.class)).containsKeys(
                "/api/v1/auth/signup", "/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/auth/logout",
                "/api/v1/me", "/api/v1/company", "/api/v1/products", "/api/v1/products/{id}",
                "/api/v1/customers", "/api/v1/customers/{id}/stage", "/api/v1/sales", "/api/v1/sales/{id}/complete",
                "/api/v1/members", "/api/v1/api-keys");
        assertThat(docs.text("$.components.securitySchemes.bearer.scheme")).isEqualTo("bearer");
        assertThat(docs.text("$.components.securitySchemes.apiKey.name")).isEqualTo("X-API-Key");
        assertThat(docs.text("$.components.schemas.ProductRequest.properties.price.example")).isEqualTo("98.00");
    }

    @Test
    void theRootOpensTheApiDocumentation() {
        var reply = api.get("/", null);
        assertThat(reply.status()).isEqualTo(302);
        assertThat(reply.header("Location")).endsWith("/swagger-ui.html");
    }

    @Test
    void unknownPathsAnswerProblemJsonWithoutInternals() throws Exception {
        var reply = api.get("/api/v1/products/not-a-uuid", api.signUp().accessToken());
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.text("$.errors[0].field")).isEqualTo("id");
        assertThat(reply.raw().getContentAsString()).doesNotContain("Exception", "at com.");
    }
}
