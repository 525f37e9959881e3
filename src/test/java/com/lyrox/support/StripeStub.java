package com.lyrox.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Stripe's API as Lyrox's billing calls it, on a local port: creating a Checkout Session answers a
 * session with its payment page's URL, and every call is kept with its form parameters and key.
 * One per test JVM; the shared application is pointed at it before it starts.
 */
public final class StripeStub {

    /** A call Stripe received: its path, the key it was made with, and its form parameters. */
    public record Call(String path, String authorization, Map<String, String> form) {
    }

    private static StripeStub shared;

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger sessions = new AtomicInteger();

    private StripeStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v1/checkout/sessions", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            calls.add(new Call(exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("Authorization"), form(body)));
            String id = "cs_test_" + sessions.incrementAndGet();
            byte[] answer = """
                    {"id":"%s","object":"checkout.session","mode":"subscription","status":"open",
                     "url":"https://checkout.stripe.com/c/pay/%s"}""".formatted(id, id).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    public static synchronized StripeStub shared() {
        if (shared == null) {
            shared = new StripeStub();
        }
        return shared;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts.length == 2) {
                form.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    /** Points the application's calls to Stripe (its own billing, and companies' checkouts) at the shared stub. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("stripe-stub",
                    Map.of("lyrox.billing.stripe.api-base", shared().url(), "lyrox.payments.stripe-api-base", shared().url())));
        }
    }
}
