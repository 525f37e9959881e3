package com.lyrox.whatsapp.internal.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The parts of one webhook body left out for their shape (an entry that is not an object, a
 * message without an id), each with where it was and why. The rest of the body goes on: one
 * malformed part must not make Meta redeliver the whole batch for days.
 */
final class SkippedParts {

    /** One part left out: its JSON path, what kind of part it was, and why. */
    record Part(String path, String kind, String reason) {
    }

    private static final int LISTED_IN_LOG = 5;

    private final List<Part> parts = new ArrayList<>();

    void add(String path, String kind, String reason) {
        parts.add(new Part(path, kind, reason));
    }

    /**
     * The elements of {@code parent.field} when it is an array; absent or null reads as empty,
     * and any other shape is recorded as skipped and read as empty too.
     */
    Iterable<JsonNode> elements(JsonNode parent, String field, String path, String kind) {
        JsonNode node = parent.path(field);
        if (node.isArray()) {
            return node.values();
        }
        if (!node.isMissingNode() && !node.isNull()) {
            add(path + "." + field, kind, "is not an array");
        }
        return List.of();
    }

    List<Part> parts() {
        return parts;
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }

    /** The first few parts in one line, for a log that stays readable when a body is all bad. */
    String summary() {
        String listed = parts.stream().limit(LISTED_IN_LOG).map(part -> part.path() + " " + part.reason())
                .collect(Collectors.joining("; "));
        return parts.size() > LISTED_IN_LOG ? listed + "; and " + (parts.size() - LISTED_IN_LOG) + " more" : listed;
    }
}
