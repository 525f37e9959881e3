import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Knowledge base benchmarks against a running application (bench/knowledge.sh starts one and
 * runs this with the project's classpath):
 *
 *   eval     recall@3 and MRR (over the top 10) of the labelled questions in
 *            src/test/resources/knowledge/eval.json on the demo company's knowledge base, for hybrid,
 *            lexical-only and dense-only search; and how the agent's threshold treats them and the
 *            questions the knowledge base cannot answer
 *   latency  search latency (p50/p95/p99 over HTTP, one client, the three modes taking turns) with
 *            CHUNKS chunks in one new company
 *   ingest   ingestion rate of a generated PAGES-page PDF (upload to READY)
 */
public class KnowledgeBench {

    static final ObjectMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static String app;
    static boolean verbose;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        app = options.getOrDefault("app", "http://127.0.0.1:8080");
        verbose = Boolean.parseBoolean(options.getOrDefault("verbose", "false"));
        for (String part : options.getOrDefault("parts", "eval,ingest,latency").split(",")) {
            switch (part.trim()) {
                case "eval" -> evaluate(Path.of(options.getOrDefault("eval", "src/test/resources/knowledge/eval.json")));
                case "ingest" -> ingest(Integer.parseInt(options.getOrDefault("pages", "100")));
                case "latency" -> latency(Integer.parseInt(options.getOrDefault("chunks", "10000")),
                        Integer.parseInt(options.getOrDefault("searches", "1000")));
                default -> throw new IllegalArgumentException("unknown part " + part);
            }
        }
    }

    // ---- evaluation ------------------------------------------------------------------------

    static void evaluate(Path file) throws Exception {
        String token = login("demo@lyrox.app", "lyrox-demo");
        awaitAllReady(token);
        JsonNode eval = JSON.readTree(Files.readString(file));
        JsonNode questions = eval.path("questions");
        System.out.printf("%n=== retrieval quality: %d labelled questions (%d es, %d en) on the demo knowledge base%n",
                questions.size(), count(questions, "es"), count(questions, "en"));
        System.out.printf("%-8s %9s %9s %9s %9s %9s%n", "mode", "recall@1", "recall@3", "MRR@10", "answered", "wrong");
        List<String> misses = new ArrayList<>();
        for (String mode : List.of("HYBRID", "LEXICAL", "DENSE")) {
            int hits1 = 0;
            int hits3 = 0;
            int answered = 0;
            int answeredWrong = 0;
            double reciprocal = 0;
            for (JsonNode question : questions) {
                JsonNode results = search(token, question.path("q").asString(), 10, mode).path("results");
                int rank = firstCorrect(results, question.path("answers"));
                hits1 += rank == 1 ? 1 : 0;
                hits3 += rank >= 1 && rank <= 3 ? 1 : 0;
                reciprocal += rank > 0 ? 1.0 / rank : 0;
                boolean relevant = results.size() > 0 && results.get(0).path("relevant").asBoolean();
                answered += relevant && rank == 1 ? 1 : 0;
                answeredWrong += relevant && rank != 1 ? 1 : 0;
                if (mode.equals("HYBRID") && (rank < 1 || rank > 3)) {
                    misses.add(question.path("q").asString() + " (rank " + (rank < 0 ? ">10" : rank) + ")");
                }
                if (mode.equals("HYBRID") && verbose) {
                    System.out.printf("  %.3f %s %s%n", results.path(0).path("score").asDouble(), rank == 1 ? "right" : "wrong",
                            question.path("q").asString());
                }
            }
            int n = questions.size();
            System.out.printf("%-8s %9.3f %9.3f %9.3f %9s %9s%n", mode.toLowerCase(Locale.ROOT), hits1 / (double) n,
                    hits3 / (double) n, reciprocal / n, answered + "/" + n, answeredWrong + "/" + n);
        }
        misses.forEach(miss -> System.out.println("  hybrid miss: " + miss));
        JsonNode unanswerable = eval.path("unanswerable");
        int wronglyAnswered = 0;
        for (JsonNode question : unanswerable) {
            JsonNode top = search(token, question.path("q").asString(), 1, "HYBRID").path("results").path(0);
            if (verbose) {
                System.out.printf("  %.3f unanswerable %s%n", top.path("score").asDouble(), question.path("q").asString());
            }
            if (top.path("relevant").asBoolean()) {
                wronglyAnswered++;
                System.out.printf("  answered though unanswerable: %s -> %s (%.3f)%n", question.path("q").asString(),
                        top.path("source").asString(), top.path("score").asDouble());
            }
        }
        System.out.printf("answered: the top passage is right and reaches the agent's threshold (min-score); wrong: the "
                + "top passage reaches it but is not the labelled one; unanswerable questions the agent would answer "
                + "anyway: %d/%d%n", wronglyAnswered, unanswerable.size());
    }

    static int firstCorrect(JsonNode results, JsonNode answers) {
        for (int i = 0; i < results.size(); i++) {
            JsonNode result = results.get(i);
            for (JsonNode answer : answers) {
                if (result.path("source").asString().equals(answer.path("source").asString())
                        && result.path("text").asString().contains(answer.path("contains").asString())) {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    static long count(JsonNode questions, String language) {
        long n = 0;
        for (JsonNode question : questions) {
            n += language.equals(question.path("lang").asString()) ? 1 : 0;
        }
        return n;
    }

    // ---- ingestion -------------------------------------------------------------------------

    static void ingest(int pages) throws Exception {
        String token = signUp();
        byte[] pdf = pdf(pages, new Random(7));
        System.out.printf("%n=== ingestion: a generated %d-page PDF (%d KB)%n", pages, pdf.length / 1024);
        long started = System.nanoTime();
        JsonNode created = upload(token, "manual.pdf", pdf);
        JsonNode ready = awaitReady(token, "/api/v1/knowledge/documents/" + created.path("id").asString());
        double seconds = (System.nanoTime() - started) / 1e9;
        int chunks = ready.path("chunkCount").asInt();
        System.out.printf("upload to READY: %.1f s, %d chunks: %.1f pages/s, %.0f chunks/s%n",
                seconds, chunks, pages / seconds, chunks / seconds);
    }

    static byte[] pdf(int pages, Random random) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.setLeading(13);
                    content.newLineAtOffset(50, 750);
                    for (int line = 0; line < 50; line++) {
                        content.showText(line(random, 12));
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    // ---- latency ---------------------------------------------------------------------------

    static void latency(int chunks, int searches) throws Exception {
        String token = signUp();
        Random random = new Random(11);
        int perDocument = 100;
        int documents = (chunks + perDocument - 1) / perDocument;
        System.out.printf("%n=== search latency: %d chunks in one company (%d documents of %d sections)%n",
                documents * perDocument, documents, perDocument);
        long started = System.nanoTime();
        List<String> ids = new ArrayList<>();
        for (int d = 0; d < documents; d++) {
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < perDocument; s++) {
                text.append("## ").append(line(random, 4)).append("\n");
                for (int sentence = 0; sentence < 7; sentence++) {
                    text.append(sentence(random)).append(' ');
                }
                text.append("\n\n");
            }
            ids.add(post("/api/v1/knowledge/documents", token,
                    Map.of("title", "Manual " + d, "text", text.toString())).path("id").asString());
        }
        int total = 0;
        for (String id : ids) {
            total += awaitReady(token, "/api/v1/knowledge/documents/" + id).path("chunkCount").asInt();
        }
        System.out.printf("ingested %d chunks in %.0f s%n", total, (System.nanoTime() - started) / 1e9);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            queries.add(random.nextBoolean() ? sentence(random) : "¿" + line(random, 5) + "?");
        }
        long cold = System.nanoTime();
        search(token, queries.get(0), 3, "HYBRID");
        System.out.printf("first search after the changes (loads the company's index): %.0f ms%n",
                (System.nanoTime() - cold) / 1e6);
        for (int i = 0; i < 50; i++) {
            search(token, queries.get(i % queries.size()), 3, "HYBRID");
        }
        List<String> modes = List.of("HYBRID", "LEXICAL", "DENSE");
        long[][] nanos = new long[modes.size()][searches];
        for (int i = 0; i < searches; i++) {
            for (int m = 0; m < modes.size(); m++) {
                long t = System.nanoTime();
                search(token, queries.get(i % queries.size()), 3, modes.get(m));
                nanos[m][i] = System.nanoTime() - t;
            }
        }
        for (int m = 0; m < modes.size(); m++) {
            long[] sorted = nanos[m];
            Arrays.sort(sorted);
            System.out.printf("%-8s %d searches: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    modes.get(m).toLowerCase(Locale.ROOT), searches, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                    sorted[sorted.length - 1] / 1e6);
        }
    }

    static double pct(long[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)] / 1e6;
    }

    static final String[] WORDS = ("entrenamiento rutina sesión plan nutrición proteína cardio fuerza movilidad descanso "
            + "hidratación progreso objetivo semana mes horario pago tarjeta reembolso garantía cancelar reprogramar "
            + "training routine session meal protein strength mobility rest water progress goal week month schedule "
            + "payment card refund guarantee cancel reschedule coach group challenge community video zoom whatsapp "
            + "beginner advanced injury knee back shoulder squat deadlift bench press pushup plank stretch warmup "
            + "calorías desayuno almuerzo cena receta lista compras vegetariano vegano suplemento creatina sueño estrés").split(" ");

    static String line(Random random, int words) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < words; i++) {
            line.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return line.toString();
    }

    static String sentence(Random random) {
        String words = line(random, 8 + random.nextInt(10));
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + ".";
    }

    // ---- HTTP ------------------------------------------------------------------------------

    static String login(String email, String password) throws Exception {
        return post("/api/v1/auth/login", null, Map.of("email", email, "password", password)).path("accessToken").asString();
    }

    static String signUp() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return post("/api/v1/auth/signup", null, Map.of("email", "bench-" + suffix + "@example.com",
                "password", "bench-password-1", "name", "Bench", "companyName", "Bench " + suffix)).path("accessToken").asString();
    }

    static JsonNode search(String token, String query, int limit, String mode) throws Exception {
        return post("/api/v1/knowledge/search", token, Map.of("query", query, "limit", limit, "mode", mode));
    }

    static void awaitAllReady(String token) throws Exception {
        for (int attempt = 0; attempt < 600; attempt++) {
            boolean ready = true;
            for (String kind : List.of("faqs", "documents")) {
                for (JsonNode source : get("/api/v1/knowledge/" + kind + "?size=100", token).path("items")) {
                    ready &= "READY".equals(source.path("status").asString());
                }
            }
            if (ready) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the knowledge base is not READY after 5 minutes");
    }

    static JsonNode awaitReady(String token, String path) throws Exception {
        for (int attempt = 0; attempt < 6000; attempt++) {
            JsonNode source = get(path, token);
            String status = source.path("status").asString();
            if ("READY".equals(status)) {
                return source;
            }
            if ("FAILED".equals(status)) {
                throw new IllegalStateException(path + " failed: " + source.path("failureReason").asString());
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(path + " is not READY after 10 minutes");
    }

    static JsonNode upload(String token, String fileName, byte[] bytes) throws Exception {
        String boundary = "bench" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(bytes);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(app + "/api/v1/knowledge/documents"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    static JsonNode get(String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(app + path)).header("Authorization", "Bearer " + token).GET());
    }

    static JsonNode post(String path, String token, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    static JsonNode send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
