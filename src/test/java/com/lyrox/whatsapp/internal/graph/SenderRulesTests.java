package com.lyrox.whatsapp.internal.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.lyrox.conversations.OutboundMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Graph API sender's rules that need no server: splitting, limits, which errors are retried. */
class SenderRulesTests {

    @Test
    void splitsLongTextAtSentenceEndsWithinTheLimit() {
        String sentence = "Esta es una frase de prueba que ocupa espacio. ";
        String text = sentence.repeat(200);
        List<String> parts = TextSplitter.split(text, GraphMessages.MAX_TEXT);
        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(part -> {
            assertThat(part.length()).isLessThanOrEqualTo(GraphMessages.MAX_TEXT);
            assertThat(part).endsWith(".");
        });
        assertThat(String.join(" ", parts)).isEqualTo(text.strip());
    }

    @Test
    void textWithoutSentencesIsCutAtSpacesOrHard() {
        assertThat(TextSplitter.split("a".repeat(10), 4)).containsExactly("aaaa", "aaaa", "aa");
        assertThat(TextSplitter.split("short", 4096)).containsExactly("short");
    }

    @Test
    void buttonsAndListsKeepWhatsAppsLimits() {
        Map<String, Object> buttons = GraphMessages.interactive("34600111222", "¿Cuál prefieres?",
                new OutboundMessage("x", List.of("Plan Personalizado de 12 semanas", "Reto Mensual", "Hablar", "Cuarto"), List.of(), Map.of()));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sent = (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>)
                buttons.get("interactive")).get("action")).get("buttons");
        assertThat(sent).hasSize(3);
        @SuppressWarnings("unchecked")
        String title = ((Map<String, String>) sent.get(0).get("reply")).get("title");
        assertThat(title).hasSize(20);
    }

    @Test
    void retriesRateLimitsAndTransientErrorsOnly() {
        assertThat(GraphErrors.retryable(130429, 400)).isTrue();
        assertThat(GraphErrors.retryable(131000, 500)).isTrue();
        assertThat(GraphErrors.retryable(null, 503)).isTrue();
        assertThat(GraphErrors.retryable(null, 0)).isTrue();
        assertThat(GraphErrors.retryable(131047, 400)).isFalse();
        assertThat(GraphErrors.retryable(190, 401)).isFalse();
        assertThat(GraphErrors.retryable(100, 400)).isFalse();
        assertThat(GraphErrors.retryable(null, 404)).isFalse();
    }
}
