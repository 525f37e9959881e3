package com.lyrox.embedded;

import com.lyrox.knowledge.FaqRequest;
import com.lyrox.knowledge.KnowledgeBase;
import com.lyrox.knowledge.TextDocumentRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The demo company's knowledge base (FAQs in Spanish and English, its programmes and policies),
 * from {@code demo/knowledge/}; {@code src/test/resources/knowledge/eval.json} asks questions of it.
 */
@Component
class DemoKnowledge {

    private static final String FOLDER = "demo/knowledge/";
    private static final Map<String, String> DOCUMENTS = new LinkedHashMap<>();

    static {
        DOCUMENTS.put("Programas", "programas.md");
        DOCUMENTS.put("Políticas", "politicas.md");
        DOCUMENTS.put("Policies", "policies-en.md");
    }

    private final KnowledgeBase knowledge;
    private final ObjectMapper json;

    DemoKnowledge(KnowledgeBase knowledge, ObjectMapper json) {
        this.knowledge = knowledge;
        this.json = json;
    }

    /** Adds the FAQs and documents to the current company's knowledge base unless it has some already. */
    void seedIfEmpty() {
        if (!knowledge.isEmpty()) {
            return;
        }
        List<FaqRequest> faqs = json.readValue(read("faqs.json"), new TypeReference<List<FaqRequest>>() { });
        faqs.forEach(knowledge::addFaq);
        DOCUMENTS.forEach((title, file) -> knowledge.addText(new TextDocumentRequest(title, read(file))));
    }

    private static String read(String file) {
        try {
            return new ClassPathResource(FOLDER + file).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
