package com.lyrox.support;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local stand-in for an OpenAI-compatible chat completions server: records every request and
 * answers in OpenAI's wire format with the answers a test queues, then with a default one.
 */
public final class OpenAiStub implements AutoCloseable {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** A request the stub received, and the client's port (one per connection). */
    public record Call(String method, String path, String authorization, String body, int clientPort) {

        public DocumentContext json() {
            return JsonPath.parse(body);
        }
    }

    /** What the stub answers: status, JSON body, extra headers, and how long it makes the client wait. */
    public record Answer(int status, String body, Map<String, String> headers, long delayMillis) {

        public Answer after(long millis) {
            return new Answer(status, body, headers, millis);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "openai-stub");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Queue<Answer> queued = new ConcurrentLinkedQueue<>();
    private volatile Answer otherwise = error(500, "No answer queued");

    public OpenAiStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            calls.add(new Call(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"), body, exchange.getRemoteAddress().getPort()));
            Answer answer = queued.poll();
            if (answer == null) {
                answer = otherwise;
            }
            sleep(answer.delayMillis());
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            try {
                exchange.sendResponseHeaders(answer.status(), bytes.length);
                exchange.getResponseBody().write(bytes);
            } catch (IOException e) {
                // The client gave up waiting (a timeout test): nobody reads this answer.
            }
            exchange.close();
        });
        server.start();
    }

    /** The API root to configure, as for {@code https://api.openai.com/v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Answers the next requests with these, in order. */
    public OpenAiStub then(Answer... answers) {
        queued.addAll(List.of(answers));
        return this;
    }

    /** Answers with this once the queued answers are used up. */
    public OpenAiStub otherwise(Answer answer) {
        otherwise = answer;
        return this;
    }

    /** Forgets the calls and the queued answers. */
    public void reset() {
        calls.clear();
        queued.clear();
        otherwise = error(500, "No answer queued");
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** A final answer in text, with the tokens it took. */
    public static Answer text(String content, int promptTokens, int completionTokens) {
        return completion(Map.of("role", "assistant", "content", content), "stop", promptTokens, completionTokens);
    }

    public static Answer text(String content) {
        return text(content, 120, 30);
    }

    /** A call of one function tool, its arguments exactly as given (valid JSON or not). */
    public static Answer toolCall(String id, String name, String arguments) {
        Map<String, Object> call = Map.of("id", id, "type", "function", "function", Map.of("name", name, "arguments", arguments));
        return completion(Map.of("role", "assistant", "tool_calls", List.of(call)), "tool_calls", 150, 20);
    }

    /** The model declines to answer, as OpenAI reports a refusal. */
    public static Answer refusal(String refusal) {
        return completion(Map.of("role", "assistant", "refusal", refusal), "stop", 100, 10);
    }

    /** An API error in OpenAI's shape; a 429 says when to retry, as OpenAI does. */
    public static Answer error(int status, String message) {
        String body = JSON.writeValueAsString(Map.of("error", Map.of("message", message,
                "type", status == 429 ? "requests" : "server_error", "code", status == 429 ? "rate_limit_exceeded" : "server_error")));
        return new Answer(status, body, status == 429 ? Map.of("retry-after-ms", "20") : Map.of(), 0);
    }

    private static Answer completion(Map<String, Object> message, String finishReason, int promptTokens, int completionTokens) {
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("index", 0);
        choice.put("message", message);
        choice.put("finish_reason", finishReason);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", "chatcmpl-stub");
        body.put("object", "chat.completion");
        body.put("created", 1767225600);
        body.put("model", "gpt-4o-mini-2024-07-18");
        body.put("choices", List.of(choice));
        body.put("usage", Map.of("prompt_tokens", promptTokens, "completion_tokens", completionTokens,
                "total_tokens", promptTokens + completionTokens));
        return new Answer(200, JSON.writeValueAsString(body), Map.of(), 0);
    }

    private static void sleep(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
