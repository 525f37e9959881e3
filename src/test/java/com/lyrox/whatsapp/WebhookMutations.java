package com.lyrox.whatsapp;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Mutated copies of a Cloud API body, as a hostile or buggy sender would write them: every node
 * removed, retyped (string, number, boolean, null, array, object), repeated, oversized or filled
 * with odd unicode, one at a time and then several at random (from a seed, so a failure repeats). The root stays an object, so every
 * mutant is still a webhook body whose parts have the wrong shape.
 */
final class WebhookMutations {

    /** Spliced into the serialised text in place of a marker: escapes a tree could not hold. */
    private static final String ODD_UNICODE_MARKER = "@@odd-unicode@@";
    private static final String ODD_UNICODE =
            "\\ud800 lone, \\udfff low, \\u0000 nul, \\u202e\\u200b bidi, \\uffff, e\\u0301, \\ud83d\\ude00 \\u0007";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectMapper json;
    private final Random random;

    WebhookMutations(ObjectMapper json, long seed) {
        this.json = json;
        this.random = new Random(seed);
    }

    /**
     * {@code perNode} single mutations of every node of {@code body} (the kinds taken in turn, so
     * that every kind meets every part of the body across its nodes), then {@code combined} bodies
     * with several mutations at once.
     */
    List<String> of(String body, int perNode, int combined) {
        ObjectNode root = (ObjectNode) json.readTree(body);
        List<List<Object>> paths = new ArrayList<>();
        collect(root, new ArrayList<>(), paths);
        List<String> mutants = new ArrayList<>();
        Mutation[] kinds = Mutation.values();
        for (int i = 0; i < paths.size(); i++) {
            for (int n = 0; n < Math.min(perNode, kinds.length); n++) {
                ObjectNode copy = root.deepCopy();
                kinds[(i * perNode + n) % kinds.length].apply(copy, paths.get(i), random);
                mutants.add(serialise(copy));
            }
        }
        for (int i = 0; i < combined; i++) {
            ObjectNode copy = root.deepCopy();
            for (int n = 0; n < 2 + random.nextInt(4); n++) {
                List<Object> path = paths.get(random.nextInt(paths.size()));
                if (exists(copy, path)) {
                    Mutation.values()[random.nextInt(Mutation.values().length)].apply(copy, path, random);
                }
            }
            mutants.add(serialise(copy));
        }
        mutants.add(duplicateKeys(body));
        return mutants;
    }

    private String serialise(ObjectNode tree) {
        return json.writeValueAsString(tree).replace(ODD_UNICODE_MARKER, ODD_UNICODE);
    }

    /** The same key twice in each object that names an id (JSON allows it; parsers keep one). */
    private static String duplicateKeys(String body) {
        return body.replace("\"id\":", "\"id\":{\"nested\":[1,2]},\"id\":");
    }

    private static void collect(JsonNode node, List<Object> path, List<List<Object>> paths) {
        if (!path.isEmpty()) {
            paths.add(List.copyOf(path));
        }
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                path.add(name);
                collect(node.get(name), path, paths);
                path.remove(path.size() - 1);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                path.add(i);
                collect(node.get(i), path, paths);
                path.remove(path.size() - 1);
            }
        }
    }

    private static boolean exists(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            node = step instanceof String name ? node.get(name) : node.isArray() ? node.get((Integer) step) : null;
            if (node == null) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode parent(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path.subList(0, path.size() - 1)) {
            node = step instanceof String name ? node.get(name) : node.get((Integer) step);
        }
        return node;
    }

    private enum Mutation {
        REMOVE, NULL, NUMBER, HUGE_NUMBER, NEGATIVE, FRACTION, BOOLEAN, EMPTY_STRING, SHORT_STRING, LONG_STRING,
        OBJECT, EMPTY_ARRAY, ARRAY, HUGE_ARRAY, REPEATED, ODD_UNICODE, EXTRA_FIELD;

        void apply(ObjectNode root, List<Object> path, Random random) {
            JsonNode parent = parent(root, path);
            Object last = path.get(path.size() - 1);
            JsonNode current = last instanceof String name ? parent.get(name) : parent.get((Integer) last);
            if (current == null) {
                return;
            }
            if (this == REMOVE) {
                if (parent instanceof ObjectNode object) {
                    object.remove((String) last);
                } else {
                    ((ArrayNode) parent).remove((Integer) last);
                }
                return;
            }
            JsonNode replacement = replacement(current, random);
            if (parent instanceof ObjectNode object) {
                object.set((String) last, replacement);
            } else {
                ((ArrayNode) parent).set((Integer) last, replacement);
            }
        }

        private JsonNode replacement(JsonNode current, Random random) {
            return switch (this) {
                case NULL -> NODES.nullNode();
                case NUMBER -> NODES.numberNode(random.nextInt(1_000_000_000));
                case HUGE_NUMBER -> NODES.numberNode(new java.math.BigInteger("9".repeat(40)));
                case NEGATIVE -> NODES.numberNode(-1L - random.nextInt(1000));
                case FRACTION -> NODES.numberNode(1.5e300);
                case BOOLEAN -> NODES.booleanNode(random.nextBoolean());
                case EMPTY_STRING -> NODES.stringNode("");
                case SHORT_STRING -> NODES.stringNode("x");
                case LONG_STRING -> NODES.stringNode("ü".repeat(60_000));
                case OBJECT -> NODES.objectNode().set("unexpected", NODES.objectNode()
                        .set("deeper", NODES.arrayNode().add(1).add("two").add(NODES.nullNode())));
                case EMPTY_ARRAY -> NODES.arrayNode();
                case ARRAY -> NODES.arrayNode().add("x").add(7).add(NODES.objectNode()).add(NODES.arrayNode());
                case HUGE_ARRAY -> {
                    ArrayNode array = NODES.arrayNode();
                    for (int i = 0; i < 20_000; i++) {
                        array.add(i % 3 == 0 ? NODES.objectNode() : NODES.numberNode(i));
                    }
                    yield array;
                }
                case REPEATED -> {
                    ArrayNode array = NODES.arrayNode();
                    for (int i = 0; i < 50; i++) {
                        if (current.isArray()) {
                            current.forEach(element -> array.add(element.deepCopy()));
                        } else {
                            array.add(current.deepCopy());
                        }
                    }
                    yield array;
                }
                case ODD_UNICODE -> NODES.stringNode(ODD_UNICODE_MARKER);
                case EXTRA_FIELD -> current.isObject()
                        ? ((ObjectNode) current.deepCopy()).put("extra_" + random.nextInt(100), ODD_UNICODE_MARKER)
                        : current.deepCopy();
                case REMOVE -> throw new IllegalStateException("REMOVE has no replacement");
            };
        }
    }
}
