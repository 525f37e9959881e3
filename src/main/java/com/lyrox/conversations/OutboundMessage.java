package com.lyrox.conversations;

import java.util.List;
import java.util.Map;

/**
 * A message the business sends: plain text, text with up to three reply buttons, or a list.
 * {@code buttons} and {@code listRows} are titles, empty for plain text; {@code metadata} is
 * what the team sees beside it (for AI replies: model, tokens, latency, intent, cost).
 */
public record OutboundMessage(String text, List<String> buttons, List<String> listRows, Map<String, Object> metadata) {

    public OutboundMessage {
        buttons = List.copyOf(buttons);
        listRows = List.copyOf(listRows);
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    public static OutboundMessage text(String text) {
        return new OutboundMessage(text, List.of(), List.of(), Map.of());
    }

    /** The same message with another text (a part of a long one). */
    public OutboundMessage withText(String part) {
        return new OutboundMessage(part, buttons, listRows, metadata);
    }

    public String type() {
        if (!buttons.isEmpty()) {
            return "buttons";
        }
        return listRows.isEmpty() ? "text" : "list";
    }
}
