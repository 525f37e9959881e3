package com.lyrox.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.lyrox.support.Api;
import com.lyrox.support.LyroxTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
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
    void pagePathsServeTheDashboardButServerPathsKeepTheirOwnAnswers() throws Exception {
        Assumptions.assumeTrue(new ClassPathResource("static/index.html").exists(), "dashboard not built");
        assertThat(api.get("/", null).raw().getForwardedUrl()).isEqualTo("/index.html");
        for (String page : List.of("/inbox", "/customers/7f0c1e4e-1b1d-4a0e-9f57-3c1d2e1f1a10")) {
            var reply = api.raw(MockMvcRequestBuilders.get(page).accept(MediaType.TEXT_HTML));
            assertThat(reply.status()).as(page).isEqualTo(200);
            assertThat(reply.raw().getContentAsString()).as(page).contains("<div id=\"root\">");
        }
        assertThat(api.get("/assets/missing.js", null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/no-such-thing", null).status()).isEqualTo(401);
        assertThat(api.get("/v3/api-docs", null).status()).isEqualTo(200);
        assertThat(api.get("/swagger-ui.html", null).status()).isEqualTo(302);
    }

    @Test
    void unknownPathsAnswerProblemJsonWithoutInternals() throws Exception {
        var reply = api.get("/api/v1/products/not-a-uuid", api.signUp().accessToken());
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.text("$.errors[0].field")).isEqualTo("id");
        assertThat(reply.raw().getContentAsString()).doesNotContain("Exception", "at com.");
    }

    @Test
    void badPagingParametersAreClearErrors() {
        String token = api.signUp().accessToken();
        var notANumber = api.get("/api/v1/products?page=abc", token);
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.text("$.errors[0].field")).isEqualTo("page");
        assertThat(notANumber.text("$.errors[0].message")).isEqualTo("has an invalid value 'abc'");
        var tooFar = api.get("/api/v1/products?page=2147483647&size=100", token);
        assertThat(tooFar.status()).isEqualTo(400);
        assertThat(tooFar.text("$.errors[0].field")).isEqualTo("page");
    }

    @Test
    void frameworkErrorsAnswerProblemJsonWithAType() {
        var unknown = api.get("/api/v1/no-such-thing", api.signUp().accessToken());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("$.type")).endsWith("/not-found");
        var wrongMethod = api.patch("/api/v1/products", api.signUp().accessToken(), Map.of());
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.text("$.type")).endsWith("/method-not-allowed");
    }
}
