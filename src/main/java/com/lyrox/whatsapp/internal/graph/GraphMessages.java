package com.lyrox.whatsapp.internal.graph;

import com.lyrox.conversations.OutboundMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON bodies of the Graph API's messages endpoint. */
final class GraphMessages {

    static final int MAX_TEXT = 4096;
    private static final int MAX_BUTTON_TITLE = 20;
    private static final int MAX_ROW_TITLE = 24;
    private static final int MAX_BUTTONS = 3;
    private static final int MAX_ROWS = 10;

    private GraphMessages() {
    }

    static Map<String, Object> text(String to, String body) {
        Map<String, Object> message = envelope(to, "text");
        message.put("text", Map.of("preview_url", false, "body", body));
        return message;
    }

    /** Text with reply buttons (at most 3, titles cut to 20) or a list (at most 10 rows). */
    static Map<String, Object> interactive(String to, String body, OutboundMessage message) {
        Map<String, Object> interactive = new LinkedHashMap<>();
        interactive.put("body", Map.of("text", body));
        if (!message.buttons().isEmpty()) {
            interactive.put("type", "button");
            List<Map<String, Object>> buttons = new ArrayList<>();
            List<String> titles = message.buttons().subList(0, Math.min(MAX_BUTTONS, message.buttons().size()));
            for (int i = 0; i < titles.size(); i++) {
                buttons.add(Map.of("type", "reply", "reply",
                        Map.of("id", "option-" + (i + 1), "title", cut(titles.get(i), MAX_BUTTON_TITLE))));
            }
            interactive.put("action", Map.of("buttons", buttons));
        } else {
            interactive.put("type", "list");
            List<Map<String, Object>> rows = new ArrayList<>();
            List<String> titles = message.listRows().subList(0, Math.min(MAX_ROWS, message.listRows().size()));
            for (int i = 0; i < titles.size(); i++) {
                rows.add(Map.of("id", "row-" + (i + 1), "title", cut(titles.get(i), MAX_ROW_TITLE)));
            }
            interactive.put("action", Map.of("button", "Options", "sections", List.of(Map.of("title", "Options", "rows", rows))));
        }
        Map<String, Object> envelope = envelope(to, "interactive");
        envelope.put("interactive", interactive);
        return envelope;
    }

    static Map<String, Object> template(String to, String name, String language, List<Map<String, Object>> components) {
        Map<String, Object> message = envelope(to, "template");
        message.put("template", Map.of("name", name, "language", Map.of("code", language), "components", components));
        return message;
    }

    static Map<String, Object> markRead(String messageId) {
        return Map.of("messaging_product", "whatsapp", "status", "read", "message_id", messageId);
    }

    private static Map<String, Object> envelope(String to, String type) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("messaging_product", "whatsapp");
        message.put("recipient_type", "individual");
        message.put("to", to);
        message.put("type", type);
        return message;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
