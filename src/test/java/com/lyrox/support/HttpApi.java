package com.lyrox.support;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The REST API and the webhook of an application in another JVM ({@link AppProcess}), over real
 * HTTP, with a company whose WhatsApp channel sends to a {@link GraphStub}.
 */
public final class HttpApi {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;

    public HttpApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A company signed up through the API, with its owner's credentials and a channel's webhook secret. */
    public record Company(String email, String password, String token, String phoneNumberId, String appSecret) {

        /** A signed text webhook from a customer of this company, as Meta posts it. */
        public byte[] text(String waId, String messageId, String body) {
            return WhatsAppFixture.text(phoneNumberId, waId, "Customer " + waId, messageId, body)
                    .getBytes(StandardCharsets.UTF_8);
        }

        public String signature(byte[] body) {
            return WhatsAppFixture.signature(body, appSecret);
        }
    }

    /** Signs up a company and connects a channel that sends to {@code graph}. */
    public Company signUpWithChannel(GraphStub graph) {
        String email = "owner-" + UUID.randomUUID() + "@example.com";
        String password = "correct-horse-battery";
        String token = JsonPath.read(expect(201, post("/api/v1/auth/signup", null, """
                {"email":"%s","password":"%s","name":"Owner","companyName":"Company %s"}"""
                .formatted(email, password, UUID.randomUUID().toString().substring(0, 8)))), "$.accessToken");
        String phoneNumberId = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000_000L, 999_999_999_999_999L));
        String appSecret = "app-secret-" + phoneNumberId;
        expect(201, post("/api/v1/channels", token, """
                {"name":"Main number","phoneNumberId":"%s","displayPhoneNumber":"+1 555 000 1111","accessToken":"token-%s",\
                "appSecret":"%s","verifyToken":"verify-%s","graphBaseUrl":"%s","graphVersion":"v25.0"}"""
                .formatted(phoneNumberId, phoneNumberId, appSecret, phoneNumberId, graph.baseUrl())));
        return new Company(email, password, token, phoneNumberId, appSecret);
    }

    /** A fresh access token for the company's owner. */
    public String login(Company company) {
        return JsonPath.read(expect(200, post("/api/v1/auth/login", null, """
                {"email":"%s","password":"%s"}""".formatted(company.email(), company.password()))), "$.accessToken");
    }

    /** Posts a webhook body with its signature; answers the status, or -1 when the application did not answer. */
    public int webhook(byte[] body, String signature) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/webhooks/whatsapp")).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").header("X-Hub-Signature-256", signature)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public HttpResponse<String> get(String path, String token) {
        return send(request(path, token).GET());
    }

    public HttpResponse<String> post(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> put(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The body of a response with this status; fails with the response otherwise. */
    public static String expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new AssertionError(response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
