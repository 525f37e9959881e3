package com.lyrox.support;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A local stand-in for Meta's Graph API: records every request (path, token, JSON body) and
 * answers like the Cloud API, success by default or the errors a test queues.
 */
public final class GraphStub implements AutoCloseable {

    /** A request the stub received. */
    public record Call(String path, String authorization, String body) {

        public DocumentContext json() {
            return JsonPath.parse(body);
        }
    }

    private record Answer(int status, String body, long delayMillis) {
    }

    private static GraphStub shared;

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Queue<Answer>> answers = new ConcurrentHashMap<>();

    public GraphStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            calls.add(new Call(exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("Authorization"), body));
            boolean readReceipt = body.contains("\"status\":\"read\"");
            Answer answer = readReceipt ? null : queue(numberOf(exchange.getRequestURI().getPath())).poll();
            if (answer == null) {
                answer = new Answer(200, readReceipt ? "{\"success\":true}"
                        : "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"x\",\"wa_id\":\"x\"}],"
                        + "\"messages\":[{\"id\":\"wamid.OUT" + UUID.randomUUID().toString().replace("-", "") + "\"}]}", 0);
            }
            if (answer.delayMillis() > 0) {
                try {
                    Thread.sleep(answer.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    /**
     * One stub for the whole test run (answers are kept per phone number id, so tests don't
     * see each other's); stopped when the test JVM exits.
     */
    public static synchronized GraphStub shared() {
        if (shared == null) {
            shared = new GraphStub();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "graph-stub-stop"));
        }
        return shared;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next answer to this number is a Graph error with this HTTP status and code. */
    public GraphStub failNext(String phoneNumberId, int status, int code) {
        queue(phoneNumberId).add(new Answer(status, "{\"error\":{\"message\":\"stub error " + code + "\",\"type\":\"OAuthException\","
                + "\"code\":" + code + ",\"error_data\":{\"details\":\"stub error " + code + "\"}}}", 0));
        return this;
    }

    /** The next answer to this number comes after this long (a slow or hanging Graph API). */
    public GraphStub delayNext(String phoneNumberId, long millis) {
        queue(phoneNumberId).add(new Answer(200, "{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.SLOW"
                + UUID.randomUUID().toString().replace("-", "") + "\"}]}", millis));
        return this;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The messages sent through this number (mark-as-read calls left out). */
    public List<Call> messages(String phoneNumberId) {
        return calls(phoneNumberId).stream().filter(call -> !call.body().contains("\"status\":\"read\"")).toList();
    }

    /** Every call to this number, mark-as-read included. */
    public List<Call> calls(String phoneNumberId) {
        return calls.stream().filter(call -> phoneNumberId.equals(numberOf(call.path()))).toList();
    }

    private Queue<Answer> queue(String phoneNumberId) {
        return answers.computeIfAbsent(phoneNumberId, number -> new ConcurrentLinkedQueue<>());
    }

    /** {@code /v25.0/{phone_number_id}/messages} → the phone_number_id. */
    private static String numberOf(String path) {
        String[] parts = path.split("/");
        return parts.length >= 3 ? parts[parts.length - 2] : "";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
