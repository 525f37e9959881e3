package com.lyrox.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lyrox.platform.TenantContext;
import com.lyrox.support.Api;
import com.lyrox.support.Api.Account;
import com.lyrox.support.LyroxTest;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** FAQs and documents through the API: processing, search, validation, roles and limits. */
@LyroxTest
class KnowledgeApiTests {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFaqBecomesSearchableAndEditsAreProcessedAgain() {
        Account owner = api.signUp();
        var created = api.post("/api/v1/knowledge/faqs", owner.accessToken(), Map.of(
                "question", "¿Cuál es el horario de atención?",
                "answer", "Atendemos de lunes a viernes de 8:00 a 20:00 y los sábados de 9:00 a 13:00."));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("$.kind")).isEqualTo("FAQ");
        UUID id = created.id();
        var ready = awaitReady(owner, "/api/v1/knowledge/faqs/" + id);
        assertThat((Integer) ready.read("$.chunkCount")).isEqualTo(1);
        assertThat(ready.text("$.language")).isEqualTo("spanish");

        var found = api.post("/api/v1/knowledge/search", owner.accessToken(), Map.of("query", "¿Cuál es el horario de los sábados?"));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.text("$.results[0].source")).isEqualTo("¿Cuál es el horario de atención?");
        assertThat(found.text("$.results[0].text")).contains("sábados de 9:00 a 13:00");
        assertThat((Boolean) found.read("$.results[0].relevant")).isTrue();

        var updated = api.put("/api/v1/knowledge/faqs/" + id, owner.accessToken(), Map.of(
                "question", "¿Cuál es el horario de atención?", "answer", "Atendemos todos los días de 7:00 a 22:00."));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.text("$.status")).isEqualTo("PROCESSING");
        awaitReady(owner, "/api/v1/knowledge/faqs/" + id);
        var afterEdit = api.post("/api/v1/knowledge/search", owner.accessToken(), Map.of("query", "horario de atención"));
        assertThat(afterEdit.text("$.results[0].text")).contains("7:00 a 22:00");
        assertThat(afterEdit.body().<List<String>>read("$.results[*].text")).noneMatch(text -> text.contains("13:00"));

        assertThat(api.get("/api/v1/knowledge/faqs", owner.accessToken()).<Integer>read("$.total")).isEqualTo(1);
        assertThat(api.delete("/api/v1/knowledge/faqs/" + id, owner.accessToken()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/knowledge/faqs/" + id, owner.accessToken()).status()).isEqualTo(404);
        assertThat(chunks(owner)).isZero();
        assertThat(api.post("/api/v1/knowledge/search", owner.accessToken(), Map.of("query", "horario"))
                .<List<Object>>read("$.results")).isEmpty();
    }

    @Test
    void readsEveryFileTypeAndPastedText() {
        Account owner = api.signUp();
        UUID markdown = upload(owner, "horarios.md", KnowledgeFiles.fixture("horarios.md")).id();
        UUID text = upload(owner, "payment-methods.txt", KnowledgeFiles.fixture("payment-methods.txt")).id();
        UUID html = upload(owner, "cancelaciones.html", KnowledgeFiles.fixture("cancelaciones.html")).id();
        UUID pdf = upload(owner, "garantia.pdf", KnowledgeFiles.pdf(List.of(
                List.of("Garantia de satisfaccion", "Si en los primeros 14 dias el programa no es para ti,",
                        "te devolvemos el 100% del pago sin preguntas."),
                List.of("Despues de 14 dias no hay reembolsos, pero puedes pausar tu plan una vez.")))).id();
        var pasted = api.post("/api/v1/knowledge/documents", owner.accessToken(), Map.of(
                "title", "Sobre Emilio", "text", "Emilio Born es coach certificado con 10 años de experiencia."));
        assertThat(pasted.status()).isEqualTo(201);
        assertThat(pasted.text("$.kind")).isEqualTo("TEXT");

        var md = awaitReady(owner, "/api/v1/knowledge/documents/" + markdown);
        assertThat(md.text("$.title")).isEqualTo("horarios");
        assertThat(md.text("$.mediaType")).isEqualTo("text/markdown");
        assertThat((Integer) md.read("$.chunkCount")).isEqualTo(2);
        assertThat(awaitReady(owner, "/api/v1/knowledge/documents/" + text).text("$.language")).isEqualTo("english");
        awaitReady(owner, "/api/v1/knowledge/documents/" + html);
        awaitReady(owner, "/api/v1/knowledge/documents/" + pdf);
        awaitReady(owner, "/api/v1/knowledge/documents/" + pasted.id());

        assertThat(search(owner, "¿A qué hora son las sesiones en vivo?").text("$.results[0].heading")).isEqualTo("Sesiones en vivo");
        assertThat(search(owner, "Do you take PayPal?").text("$.results[0].text")).contains("PayPal");
        var cancel = search(owner, "¿Puedo reprogramar una sesión?");
        assertThat(cancel.text("$.results[0].source")).isEqualTo("cancelaciones");
        assertThat(cancel.text("$.results[0].text")).contains("24 horas").doesNotContain("no indexar", "Inicio");
        assertThat(search(owner, "¿Me devuelven el dinero si no me gusta?").text("$.results[0].text")).contains("100% del pago");
        assertThat(api.get("/api/v1/knowledge/documents?size=10", owner.accessToken()).<Integer>read("$.total")).isEqualTo(5);
    }

    @Test
    void aCorruptPdfFailsWithAReasonAndStoresNoChunks() {
        Account owner = api.signUp();
        byte[] broken = Arrays.copyOf(KnowledgeFiles.pdf(List.of(List.of("Hola"))), 300);
        UUID id = upload(owner, "roto.pdf", broken).id();
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(api.get("/api/v1/knowledge/documents/" + id, owner.accessToken()).text("$.status")).isEqualTo("FAILED"));
        var failed = api.get("/api/v1/knowledge/documents/" + id, owner.accessToken());
        assertThat(failed.text("$.failureReason")).startsWith("The file is not a readable PDF");
        assertThat((Integer) failed.read("$.chunkCount")).isZero();
        assertThat(chunks(owner)).isZero();
    }

    @Test
    void anOversizedUploadIsRefusedWith413AndNothingIsStored() {
        Account owner = api.signUp();
        byte[] huge = new byte[11 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        var reply = upload(owner, "enorme.txt", huge);
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.text("$.type")).endsWith("/payload-too-large");
        assertThat(api.get("/api/v1/knowledge/documents", owner.accessToken()).<Integer>read("$.total")).isZero();
    }

    @Test
    void rejectsInvalidInputNamingTheField() {
        Account owner = api.signUp();
        var faq = api.post("/api/v1/knowledge/faqs", owner.accessToken(), Map.of("question", " ", "answer", "Sí"));
        assertThat(faq.status()).isEqualTo(400);
        assertThat(faq.contentType()).startsWith("application/problem+json");
        assertThat(faq.text("$.type")).endsWith("/validation");
        assertThat(faq.text("$.errors[0].field")).isEqualTo("question");

        var unknownType = upload(owner, "contrato.docx", "hola".getBytes());
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.text("$.errors[0].field")).isEqualTo("file");
        var empty = upload(owner, "vacio.txt", new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.text("$.errors[0].field")).isEqualTo("file");
        var noFile = api.raw(MockMvcRequestBuilders.multipart("/api/v1/knowledge/documents")
                .param("title", "Nada").header("Authorization", "Bearer " + owner.accessToken()));
        assertThat(noFile.status()).isEqualTo(400);
        assertThat(noFile.text("$.errors[0].field")).isEqualTo("file");

        var search = api.post("/api/v1/knowledge/search", owner.accessToken(), Map.of("query", "hola", "limit", 50));
        assertThat(search.status()).isEqualTo(400);
        assertThat(search.text("$.errors[0].field")).isEqualTo("limit");
        assertThat(api.get("/api/v1/knowledge/faqs", owner.accessToken()).<Integer>read("$.total")).isZero();
    }

    @Test
    void ownersAndAdminsWriteWhileAgentsAndViewersOnlyReadAndSearch() {
        Account owner = api.signUp();
        Account admin = api.member(owner, "ADMIN");
        Account agent = api.member(owner, "AGENT");
        Account viewer = api.member(owner, "VIEWER");
        Map<String, String> faq = Map.of("question", "¿Tienen estacionamiento?", "answer", "Sí, gratuito.");
        UUID id = api.post("/api/v1/knowledge/faqs", admin.accessToken(), faq).id();
        for (Account reader : List.of(agent, viewer)) {
            assertThat(api.post("/api/v1/knowledge/faqs", reader.accessToken(), faq).status()).isEqualTo(403);
            assertThat(api.delete("/api/v1/knowledge/faqs/" + id, reader.accessToken()).status()).isEqualTo(403);
            assertThat(upload(reader, "a.txt", "hola".getBytes()).status()).isEqualTo(403);
            assertThat(api.get("/api/v1/knowledge/faqs/" + id, reader.accessToken()).status()).isEqualTo(200);
            assertThat(search(reader, "estacionamiento").status()).isEqualTo(200);
        }
        assertThat(api.get("/api/v1/knowledge/faqs", null).status()).isEqualTo(401);
    }

    @Test
    void anotherCompanysSourcesAndChunksAreInvisible() {
        Account a = api.signUp();
        Account b = api.signUp();
        UUID faqOfA = api.post("/api/v1/knowledge/faqs", a.accessToken(), Map.of(
                "question", "¿Cuál es el código secreto de la puerta?", "answer", "El código es 4321 zanahoria.")).id();
        UUID docOfA = api.post("/api/v1/knowledge/documents", a.accessToken(), Map.of(
                "title", "Secreto", "text", "La contraseña del wifi es zanahoria-morada.")).id();
        awaitReady(a, "/api/v1/knowledge/faqs/" + faqOfA);
        awaitReady(a, "/api/v1/knowledge/documents/" + docOfA);
        api.post("/api/v1/knowledge/faqs", b.accessToken(), Map.of("question", "¿Venden zanahorias?", "answer", "No."));

        var missing = api.get("/api/v1/knowledge/faqs/" + UUID.randomUUID(), b.accessToken());
        var foreign = api.get("/api/v1/knowledge/faqs/" + faqOfA, b.accessToken());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.text("$.detail")).isEqualTo(missing.text("$.detail"));
        assertThat(api.get("/api/v1/knowledge/documents/" + docOfA, b.accessToken()).status()).isEqualTo(404);
        assertThat(api.put("/api/v1/knowledge/documents/" + docOfA, b.accessToken(),
                Map.of("title", "x", "text", "y")).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/knowledge/faqs/" + faqOfA, b.accessToken()).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/knowledge/documents/" + docOfA, b.accessToken()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/knowledge/documents", b.accessToken()).<Integer>read("$.total")).isZero();
        for (String mode : List.of("HYBRID", "LEXICAL", "DENSE")) {
            var found = api.post("/api/v1/knowledge/search", b.accessToken(),
                    Map.of("query", "código secreto de la puerta zanahoria wifi", "limit", 20, "mode", mode));
            assertThat(found.body().<List<String>>read("$.results[*].text")).as(mode)
                    .noneMatch(text -> text.contains("4321") || text.contains("wifi"));
        }
        assertThat(search(a, "código de la puerta").text("$.results[0].text")).contains("4321");
        assertThat(chunks(a)).isEqualTo(2);
    }

    private Api.Reply awaitReady(Account owner, String path) {
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(api.get(path, owner.accessToken()).text("$.status")).isEqualTo("READY"));
        return api.get(path, owner.accessToken());
    }

    private Api.Reply upload(Account account, String fileName, byte[] bytes) {
        return api.raw(MockMvcRequestBuilders.multipart("/api/v1/knowledge/documents")
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", bytes))
                .header("Authorization", "Bearer " + account.accessToken()));
    }

    private Api.Reply search(Account account, String query) {
        return api.post("/api/v1/knowledge/search", account.accessToken(), Map.of("query", query));
    }

    private int chunks(Account account) {
        return TenantContext.callAs(account.companyId(), null, () -> jdbc.queryForObject(
                "SELECT count(*) FROM knowledge_chunks WHERE company_id = ?", Integer.class, account.companyId()));
    }
}
