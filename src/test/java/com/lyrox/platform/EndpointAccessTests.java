package com.lyrox.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.lyrox.support.Api;
import com.lyrox.support.Api.Account;
import com.lyrox.support.LyroxTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Every operation the API documents, checked from the OpenAPI document itself, so a new
 * endpoint cannot forget authentication or let a VIEWER change anything.
 */
@LyroxTest
class EndpointAccessTests {

    private static final Set<String> PUBLIC = Set.of("POST /api/v1/auth/signup", "POST /api/v1/auth/login",
            "POST /api/v1/auth/refresh", "POST /api/v1/auth/logout", "POST /api/v1/auth/accept-invite");

    @Autowired
    Api api;

    private record Operation(HttpMethod method, String path, boolean hasBody) {

        String uri() {
            return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @Test
    void everyApiOperationButSignInRequiresCredentials() {
        List<Operation> operations = operations();
        assertThat(operations).hasSizeGreaterThan(30);
        for (Operation operation : operations) {
            if (PUBLIC.contains(operation.toString())) {
                continue;
            }
            var reply = api.raw(MockMvcRequestBuilders.request(operation.method(), operation.uri())
                    .contentType("application/json").content("{}"));
            assertThat(reply.status()).as(operation.toString()).isEqualTo(401);
            assertThat(reply.contentType()).as(operation.toString()).startsWith("application/problem+json");
        }
    }

    @Test
    void aViewerCannotDeleteOrTriggerAnyAction() {
        Account owner = api.signUp();
        Account viewer = api.member(owner, "VIEWER");
        List<Operation> actions = operations().stream()
                .filter(operation -> operation.method() == HttpMethod.DELETE
                        || (operation.method() == HttpMethod.POST && !operation.hasBody()))
                .toList();
        assertThat(actions).extracting(Operation::toString).contains("DELETE /api/v1/products/{id}",
                "POST /api/v1/sales/{id}/refund", "POST /api/v1/sales/{id}/fail");
        for (Operation operation : actions) {
            var reply = api.raw(MockMvcRequestBuilders.request(operation.method(), operation.uri())
                    .header("Authorization", "Bearer " + viewer.accessToken()));
            assertThat(reply.status()).as(operation.toString()).isEqualTo(403);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Operation> operations() {
        Map<String, Map<String, Object>> paths = api.get("/v3/api-docs", null).read("$.paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, methods) -> {
            if (!path.startsWith("/api/v1/")) {
                return;
            }
            methods.forEach((method, definition) -> operations.add(new Operation(
                    HttpMethod.valueOf(method.toUpperCase()), path,
                    ((Map<String, Object>) definition).containsKey("requestBody"))));
        });
        return operations;
    }
}
