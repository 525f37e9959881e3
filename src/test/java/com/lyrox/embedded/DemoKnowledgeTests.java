package com.lyrox.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lyrox.support.Api;
import com.lyrox.support.LyroxTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo company starts with a knowledge base in Spanish and English that answers its customers' questions. */
@LyroxTest
class DemoKnowledgeTests {

    @Autowired
    Api api;

    @Test
    void theDemoCompanysKnowledgeBaseIsSeededAndSearchable() {
        String token = api.login(DemoCompany.EMAIL, DemoCompany.PASSWORD, null).accessToken();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String kind : List.of("faqs", "documents")) {
                var sources = api.get("/api/v1/knowledge/" + kind + "?size=100", token);
                assertThat(sources.body().<List<String>>read("$.items[*].status")).isNotEmpty().containsOnly("READY");
            }
        });
        assertThat(api.get("/api/v1/knowledge/faqs", token).<Integer>read("$.total")).isGreaterThanOrEqualTo(18);
        assertThat(api.get("/api/v1/knowledge/documents", token).body().<List<String>>read("$.items[*].title"))
                .containsExactlyInAnyOrder("Programas", "Políticas", "Policies");
        var refund = api.post("/api/v1/knowledge/search", token, Map.of("query", "¿Cómo pido un reembolso?"));
        assertThat(refund.text("$.results[0].source")).isEqualTo("Políticas");
        assertThat(refund.text("$.results[0].text")).contains("te devolvemos el 100%");
    }
}
