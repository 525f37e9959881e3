package com.lyrox.whatsapp.internal.webhook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads the values of a webhook body without trusting their shape: a field of the wrong type
 * reads as absent instead of throwing, and text is made safe to store (no NUL or control
 * characters, no lone surrogates, bounded length), since every store downstream (PostgreSQL,
 * BSON, Redis) rejects or mangles some of what JSON can carry.
 */
final class WebhookValues {

    /** Unix seconds of 9999-12-31: a later timestamp is a sender's bug, not a time. */
    private static final long LATEST_EPOCH_SECOND = 253_402_300_799L;
    private static final int MAX_DEPTH = 8;
    private static final int MAX_ELEMENTS = 100;
    private static final int MAX_KEY_LENGTH = 64;
    private static final int MAX_VALUE_LENGTH = 4_096;

    private WebhookValues() {
    }

    /** The field's text when it is a JSON string, cleaned and cut to {@code maxLength}; otherwise null. */
    static String text(JsonNode node, int maxLength) {
        return node.isString() ? clean(node.asString(), maxLength) : null;
    }

    /**
     * An identifier (message id, phone_number_id): a non-blank JSON string of at most
     * {@code maxLength} characters with nothing but visible characters, else null.
     */
    static String id(JsonNode node, int maxLength) {
        if (!node.isString()) {
            return null;
        }
        String value = node.asString();
        if (value.isBlank() || value.length() > maxLength
                || value.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return null;
        }
        return value;
    }

    /** A Unix-seconds timestamp, as a string of digits or a number, within the years 1970–9999; else null. */
    static Instant timestamp(JsonNode node) {
        long seconds;
        if (node.isString() && node.asString().matches("\\d{1,12}")) {
            seconds = Long.parseLong(node.asString());
        } else if (node.isIntegralNumber() && node.canConvertToLong()) {
            seconds = node.asLong();
        } else {
            return null;
        }
        return seconds >= 0 && seconds <= LATEST_EPOCH_SECOND ? Instant.ofEpochSecond(seconds) : null;
    }

    /** An integer field (an error code), as a number or a string of digits; else null. */
    static Integer integer(JsonNode node) {
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return node.asInt();
        }
        if (node.isString() && node.asString().matches("-?\\d{1,9}")) {
            return Integer.parseInt(node.asString());
        }
        return null;
    }

    /**
     * The raw fields of a message type as plain maps and lists, bounded in depth and size, with
     * keys a document store accepts (no NUL, no leading {@code $}, no dots).
     */
    static Map<String, Object> fields(JsonNode content) {
        if (content.isObject()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) plain(content, 0);
            return fields;
        }
        if (content.isMissingNode() || content.isNull()) {
            return Map.of();
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(content.isArray() ? "items" : "value", plain(content, 0));
        return fields;
    }

    private static Object plain(JsonNode node, int depth) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            if (depth < MAX_DEPTH) {
                for (Map.Entry<String, JsonNode> property : node.properties()) {
                    if (map.size() == MAX_ELEMENTS) {
                        break;
                    }
                    String key = key(property.getKey());
                    if (!key.isEmpty()) {
                        map.putIfAbsent(key, plain(property.getValue(), depth + 1));
                    }
                }
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            if (depth < MAX_DEPTH) {
                for (JsonNode element : node.values()) {
                    if (list.size() == MAX_ELEMENTS) {
                        break;
                    }
                    list.add(plain(element, depth + 1));
                }
            }
            return list;
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.asLong();
        }
        if (node.isNumber()) {
            return node.asString();
        }
        return node.isNull() ? null : clean(node.asString(), MAX_VALUE_LENGTH);
    }

    private static String key(String key) {
        String cleaned = clean(key, MAX_KEY_LENGTH).replace('.', '_');
        return cleaned.startsWith("$") ? "_" + cleaned.substring(1) : cleaned;
    }

    /**
     * Text without NUL and other control characters (tabs and line breaks stay) and without
     * unpaired surrogates, cut to {@code maxLength} characters without splitting a pair.
     */
    static String clean(String text, int maxLength) {
        StringBuilder cleaned = new StringBuilder(Math.min(text.length(), maxLength));
        for (int i = 0; i < text.length() && cleaned.length() < maxLength; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    if (cleaned.length() + 2 > maxLength) {
                        break;
                    }
                    cleaned.append(c).append(text.charAt(++i));
                }
            } else if (!Character.isLowSurrogate(c) && (!Character.isISOControl(c) || c == '\n' || c == '\t')) {
                cleaned.append(c);
            }
        }
        return cleaned.toString();
    }
}
