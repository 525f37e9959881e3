package com.lyrox.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.lyrox.support.Api;
import com.lyrox.support.LyroxTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The dashboard's API types are generated from {@code frontend/openapi.json}; this keeps that
 * snapshot equal to what the application documents. Run with {@code -Dopenapi.update=true}
 * to rewrite it after changing the API.
 */
@LyroxTest
class ApiDocumentSnapshotTests {

    private static final Path SNAPSHOT = Path.of("frontend", "openapi.json");

    @Autowired
    Api api;

    @Autowired
    ObjectMapper json;

    @Test
    void theDashboardsSnapshotOfTheApiDocumentIsCurrent() throws Exception {
        ObjectNode current = (ObjectNode) json.readTree(api.get("/v3/api-docs", null).raw().getContentAsString());
        // The server URL names the port this run happened to get.
        current.remove("servers");
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(SNAPSHOT, json.writerWithDefaultPrettyPrinter().writeValueAsString(current) + "\n");
        }
        JsonNode snapshot = json.readTree(Files.readString(SNAPSHOT));
        assertThat(snapshot).as("frontend/openapi.json is stale: run the build with -Dopenapi.update=true")
                .isEqualTo(current);
    }
}
