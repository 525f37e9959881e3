package com.lyrox.conversations;

import java.util.List;

/**
 * A message the business sends: plain text, text with up to three reply buttons, or a list.
 * {@code buttons} and {@code listRows} are titles; empty for plain text.
 */
public record OutboundMessage(String text, List<String> buttons, List<String> listRows) {

    public static OutboundMessage text(String text) {
        return new OutboundMessage(text, List.of(), List.of());
    }

    public String type() {
        if (!buttons.isEmpty()) {
            return "buttons";
        }
        return listRows.isEmpty() ? "text" : "list";
    }
}
