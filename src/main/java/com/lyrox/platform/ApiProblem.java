package com.lyrox.platform;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * An error a client can act on, rendered as RFC 9457 problem+json with a stable {@code type}.
 * Thrown by any module; the platform turns it into the response.
 */
public class ApiProblem extends RuntimeException {

    /** One field that failed and why. */
    public record FieldError(String field, String message) {
    }

    /** Long enough for a restarted store to be reconnected to, short enough that nobody gives up. */
    private static final Duration STORE_RETRY_AFTER = Duration.ofSeconds(5);

    private final HttpStatus status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;
    private final Duration retryAfter;
    private final Map<String, Object> properties;

    private ApiProblem(HttpStatus status, String type, String title, String detail,
                       List<FieldError> errors, Duration retryAfter) {
        this(status, type, title, detail, errors, retryAfter, Map.of());
    }

    private ApiProblem(HttpStatus status, String type, String title, String detail,
                       List<FieldError> errors, Duration retryAfter, Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
        this.properties = Map.copyOf(properties);
    }

    /** The same problem with one more member in its body (RFC 9457 extension), such as the free slots of a 409. */
    public ApiProblem with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(properties);
        more.put(name, value);
        return new ApiProblem(status, type, title, getMessage(), errors, retryAfter, more);
    }

    /** The resource does not exist for the caller's company (also when another company owns it). */
    public static ApiProblem notFound(String resource) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                resource + " not found", List.of(), null);
    }

    public static ApiProblem invalid(String field, String message) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                field + ": " + message, List.of(new FieldError(field, message)), null);
    }

    /** Several fields failed at once; the detail names each. */
    public static ApiProblem invalid(List<FieldError> errors) {
        String detail = errors.stream().map(error -> error.field() + ": " + error.message())
                .reduce((a, b) -> a + "; " + b).orElse("The request is invalid");
        return new ApiProblem(HttpStatus.BAD_REQUEST, "validation", "Invalid request", detail, errors, null);
    }

    public static ApiProblem conflict(String field, String message) {
        return new ApiProblem(HttpStatus.CONFLICT, "conflict", "Conflict",
                message, field == null ? List.of() : List.of(new FieldError(field, message)), null);
    }

    public static ApiProblem unauthorized(String detail) {
        return new ApiProblem(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", detail, List.of(), null);
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail, List.of(), null);
    }

    public static ApiProblem payloadTooLarge(int maxBytes) {
        return new ApiProblem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Payload too large",
                "The body is larger than " + maxBytes + " bytes", List.of(), null);
    }

    public static ApiProblem tooManyRequests(String detail, Duration retryAfter) {
        return new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests",
                detail, List.of(), retryAfter);
    }

    /**
     * A store the request needs is down or not answering: nothing was acknowledged, so the client
     * (Meta included) should send the same request again shortly.
     */
    public static ApiProblem unavailable(StoreOutage outage) {
        return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", "Service unavailable",
                outage.store() + " is not answering right now; try again in a few seconds", List.of(),
                STORE_RETRY_AFTER);
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Extension members of the body, by name. */
    public Map<String, Object> properties() {
        return properties;
    }

    /** How long the client should wait before trying again, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
