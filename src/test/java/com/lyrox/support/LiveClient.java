package com.lyrox.support;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The dashboard's side of the live stream over a real WebSocket (the JDK client): collects the
 * text frames it receives and how the server closed the stream.
 */
public final class LiveClient implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final BlockingQueue<String> incoming = new LinkedBlockingQueue<>();
    private final List<String> taken = new ArrayList<>();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private WebSocket socket;

    private LiveClient() {
    }

    /** Opens {@code /ws/live} with the token as the {@code access_token} query parameter. */
    public static LiveClient connect(int port, String token) {
        return open(port, "access_token=" + token, Map.of()).join();
    }

    /** Opens {@code /ws/live} with this query and these headers; completes exceptionally when refused. */
    public static CompletableFuture<LiveClient> open(int port, String query, Map<String, String> headers) {
        LiveClient client = new LiveClient();
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        headers.forEach(builder::header);
        String uri = "ws://127.0.0.1:" + port + "/ws/live" + (query.isEmpty() ? "" : "?" + query);
        return builder.buildAsync(URI.create(uri), client.listener()).thenApply(socket -> {
            client.socket = socket;
            return client;
        });
    }

    public void send(String text) {
        socket.sendText(text, true).join();
    }

    /** The next frame not yet looked at, waiting at most {@code patience}. */
    public String next(Duration patience) {
        return take(patience, frame -> true, false);
    }

    /** The first frame (received earlier or still to come) of this type that matches, parsed. */
    public DocumentContext frame(String type, Predicate<DocumentContext> matching, Duration patience) {
        Predicate<String> wanted = frame -> {
            DocumentContext json = parse(frame);
            return json != null && type.equals(json.read("$.type")) && matching.test(json);
        };
        return JsonPath.parse(take(patience, wanted, true));
    }

    public DocumentContext frame(String type, Duration patience) {
        return frame(type, json -> true, patience);
    }

    /** Every frame received within {@code quiet} from now, earlier ones included. */
    public List<String> everythingAfter(Duration quiet) throws InterruptedException {
        Thread.sleep(quiet.toMillis());
        incoming.drainTo(taken);
        return List.copyOf(taken);
    }

    /** The close code the server sent, waiting at most {@code patience}. */
    public int closeCode(Duration patience) throws Exception {
        return closeCode.get(patience.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        if (socket != null && !socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
        }
    }

    private String take(Duration patience, Predicate<String> wanted, boolean earlierToo) {
        for (String frame : earlierToo ? taken : List.<String>of()) {
            if (wanted.test(frame)) {
                return frame;
            }
        }
        long deadline = System.nanoTime() + patience.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                String frame = incoming.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (frame != null) {
                    taken.add(frame);
                    if (wanted.test(frame)) {
                        return frame;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("No matching frame within " + patience + "; received: " + taken);
    }

    private static DocumentContext parse(String frame) {
        return frame.startsWith("{") ? JsonPath.parse(frame) : null;
    }

    private WebSocket.Listener listener() {
        return new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    incoming.add(partial.toString());
                    partial.setLength(0);
                }
                webSocket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                closeCode.complete(statusCode);
                return null;
            }

            @Override
            public void onError(WebSocket webSocket, Throwable error) {
                closeCode.completeExceptionally(error);
            }
        };
    }
}
