package com.lyrox.whatsapp.internal.graph;

import com.lyrox.tenants.ChannelCredentials;
import com.lyrox.whatsapp.WhatsAppSettings;
import com.lyrox.platform.CpuSlots;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Calls {@code POST {base}/{version}/{phone_number_id}/messages}, retrying rate limits and
 * transient failures with exponential backoff and jitter, and never the permanent ones.
 */
@Component
class GraphClient {

    private static final Logger log = LoggerFactory.getLogger(GraphClient.class);

    /** How a call ended: the message id on success, else Meta's error code and message. */
    record Result(boolean ok, String messageId, Integer errorCode, String errorMessage) {
    }

    private final HttpClient http;
    private final ObjectMapper json;
    private final WhatsAppSettings settings;

    GraphClient(ObjectMapper json, WhatsAppSettings settings) {
        this.http = HttpClient.newBuilder().connectTimeout(settings.graphTimeout())
                .version(HttpClient.Version.HTTP_1_1).build();
        this.json = json;
        this.settings = settings;
    }

    Result send(ChannelCredentials channel, Map<String, Object> message) {
        Attempt attempt = null;
        for (int tries = 1; tries <= settings.sendAttempts(); tries++) {
            attempt = post(channel, message);
            if (attempt.result().ok() || !GraphErrors.retryable(attempt.result().errorCode(), attempt.httpStatus())) {
                return attempt.result();
            }
            if (tries < settings.sendAttempts()) {
                pause(backoff(tries, attempt.result().errorCode()));
            }
        }
        log.warn("Graph API still failing after {} tries: {}", settings.sendAttempts(), attempt.result().errorMessage());
        return attempt.result();
    }

    /** One try, no retries: for what is not worth waiting for (read receipts). */
    Result sendOnce(ChannelCredentials channel, Map<String, Object> message) {
        return post(channel, message).result();
    }

    private record Attempt(Result result, int httpStatus) {
    }

    private Attempt post(ChannelCredentials channel, Map<String, Object> message) {
        URI uri = URI.create(stripSlash(channel.graphBaseUrl()) + "/" + channel.graphVersion() + "/"
                + channel.phoneNumberId() + "/messages");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(settings.graphTimeout())
                .header("Authorization", "Bearer " + channel.accessToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(message)))
                .build();
        try {
            HttpResponse<byte[]> response = send(request);
            JsonNode body = readBody(response.body());
            if (response.statusCode() / 100 == 2) {
                return new Attempt(new Result(true, body.path("messages").path(0).path("id").asString(null), null, null),
                        response.statusCode());
            }
            JsonNode error = body.path("error");
            Integer code = error.has("code") ? error.path("code").asInt() : null;
            String detail = error.path("error_data").path("details").asString(null);
            return new Attempt(new Result(false, null, code,
                    detail != null ? detail : error.path("message").asString("HTTP " + response.statusCode())),
                    response.statusCode());
        } catch (IOException e) {
            return new Attempt(new Result(false, null, null, "Graph API unreachable: " + e.getMessage()), 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(new Result(false, null, null, "Interrupted"), -1);
        }
    }

    /** The call waits without a turn slot: the Graph API's time is not our CPU's. */
    private HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        try (var away = CpuSlots.stepAway()) {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    private JsonNode readBody(byte[] body) {
        try {
            return body.length == 0 ? json.createObjectNode() : json.readTree(body);
        } catch (RuntimeException e) {
            return json.createObjectNode();
        }
    }

    private Duration backoff(int tries, Integer errorCode) {
        long factor = errorCode != null && errorCode == GraphErrors.PAIR_RATE_LIMIT ? (long) Math.pow(4, tries) : 1L << (tries - 1);
        long base = settings.retryBaseDelay().toMillis() * factor;
        return Duration.ofMillis(base / 2 + ThreadLocalRandom.current().nextLong(base + 1));
    }

    private static void pause(Duration delay) {
        try (var away = CpuSlots.stepAway()) {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
