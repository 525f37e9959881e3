package com.lyrox.whatsapp.internal.webhook;

import com.lyrox.conversations.InboundMessage;
import com.lyrox.tenants.ChannelRoute;
import com.lyrox.turns.InboundEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Reads a Cloud API webhook body: every entry, change, message and status, each message
 * type rendered as text plus its raw fields. Senders may come as {@code wa_id}, as a
 * business-scoped user id, or both; neither is assumed. A part of the wrong shape is left out
 * and recorded in {@link SkippedParts}, never thrown: the good parts of the same batch go on.
 */
@Component
class WebhookParser {

    private static final int MAX_ID = 256;
    private static final int MAX_USER_ID = 128;
    private static final int MAX_NAME = 255;
    private static final int MAX_TEXT = 4_096;
    private static final Pattern WA_ID = Pattern.compile("\\+?[1-9]\\d{6,14}");
    private static final Pattern WORD = Pattern.compile("[a-z_]{1,32}");

    /** The changes of a body, each with the number it is for, in the order of the body. */
    List<NumberChange> changes(JsonNode body, SkippedParts skipped) {
        List<NumberChange> changes = new ArrayList<>();
        int e = 0;
        for (JsonNode entry : skipped.elements(body, "entry", "$", "entry")) {
            String entryPath = "$.entry[" + e++ + "]";
            if (!entry.isObject()) {
                skipped.add(entryPath, "entry", "is not an object");
                continue;
            }
            int c = 0;
            for (JsonNode change : skipped.elements(entry, "changes", entryPath, "change")) {
                String path = entryPath + ".changes[" + c++ + "]";
                JsonNode field = change.path("field");
                if (!change.isObject() || !change.path("value").isObject()) {
                    skipped.add(path, "change", "is not an object with a value object");
                } else if (field.isMissingNode() || "messages".equals(WebhookValues.text(field, 64))) {
                    String phoneNumberId = WebhookValues.id(change.path("value").path("metadata").path("phone_number_id"), 64);
                    if (phoneNumberId == null) {
                        skipped.add(path, "change", "has no metadata.phone_number_id string");
                    } else {
                        changes.add(new NumberChange(path + ".value", phoneNumberId, change.path("value")));
                    }
                }
            }
        }
        return changes;
    }

    /** The events of one change, for the company its number is routed to. */
    List<InboundEvent> events(NumberChange change, ChannelRoute route, SkippedParts skipped) {
        JsonNode value = change.value();
        JsonNode contacts = value.path("contacts").isArray() ? value.path("contacts") : MissingNode.getInstance();
        List<InboundEvent> events = new ArrayList<>();
        int m = 0;
        for (JsonNode message : skipped.elements(value, "messages", change.path(), "message")) {
            String path = change.path() + ".messages[" + m++ + "]";
            message(message, contacts, route).ifPresentOrElse(events::add,
                    () -> skipped.add(path, "message", "is not an object with a string id and a sender"));
        }
        int s = 0;
        for (JsonNode status : skipped.elements(value, "statuses", change.path(), "status")) {
            String path = change.path() + ".statuses[" + s++ + "]";
            status(status).ifPresentOrElse(events::add,
                    () -> skipped.add(path, "status", "is not an object with a string id and status"));
        }
        return events;
    }

    private static Optional<InboundEvent> message(JsonNode message, JsonNode contacts, ChannelRoute route) {
        String id = WebhookValues.id(message.path("id"), MAX_ID);
        if (!message.isObject() || id == null) {
            return Optional.empty();
        }
        String waId = waId(message.path("from"));
        String userId = WebhookValues.id(message.path("from_user_id"), MAX_USER_ID);
        JsonNode contact = contactOf(contacts, waId, userId);
        if (waId == null) {
            waId = waId(contact.path("wa_id"));
        }
        if (userId == null) {
            userId = WebhookValues.id(contact.path("user_id"), MAX_USER_ID);
        }
        if (waId == null && userId == null) {
            return Optional.empty();
        }
        String declared = WebhookValues.text(message.path("type"), 32);
        String type = declared != null && WORD.matcher(declared).matches() ? declared : "unsupported";
        JsonNode content = message.path(type);
        Instant sentAt = Optional.ofNullable(WebhookValues.timestamp(message.path("timestamp"))).orElseGet(Instant::now);
        return Optional.of(new InboundEvent.Message(new InboundMessage(route.companyId(), route.channelId(), id,
                waId, userId, WebhookValues.text(contact.path("profile").path("name"), MAX_NAME), sentAt,
                type, WebhookValues.clean(text(type, content), MAX_TEXT), WebhookValues.fields(content))));
    }

    private static String waId(JsonNode node) {
        String value = WebhookValues.text(node, 21);
        return value != null && WA_ID.matcher(value).matches() ? value.replace("+", "") : null;
    }

    private static JsonNode contactOf(JsonNode contacts, String waId, String userId) {
        for (JsonNode contact : contacts.values()) {
            if ((waId != null && waId.equals(WebhookValues.text(contact.path("wa_id"), 21)))
                    || (userId != null && userId.equals(WebhookValues.text(contact.path("user_id"), MAX_USER_ID)))) {
                return contact;
            }
        }
        return contacts.size() == 1 ? contacts.get(0) : MissingNode.getInstance();
    }

    private static Optional<InboundEvent> status(JsonNode status) {
        String id = WebhookValues.id(status.path("id"), MAX_ID);
        String name = WebhookValues.text(status.path("status"), 32);
        if (!status.isObject() || id == null || name == null || !WORD.matcher(name).matches()) {
            return Optional.empty();
        }
        JsonNode error = status.path("errors").path(0);
        String detail = WebhookValues.text(error.path("error_data").path("details"), MAX_TEXT);
        String message = detail != null ? detail : Optional.ofNullable(WebhookValues.text(error.path("message"), MAX_TEXT))
                .orElse(WebhookValues.text(error.path("title"), MAX_TEXT));
        Instant at = Optional.ofNullable(WebhookValues.timestamp(status.path("timestamp"))).orElseGet(Instant::now);
        return Optional.of(new InboundEvent.Status(id, name, at.getEpochSecond(),
                WebhookValues.integer(error.path("code")), message));
    }

    /** What a person would read for a message of this type. */
    static String text(String type, JsonNode content) {
        return switch (type) {
            case "text" -> content.path("body").asString("");
            case "interactive" -> {
                JsonNode reply = content.has("button_reply") ? content.path("button_reply") : content.path("list_reply");
                yield reply.path("title").asString("");
            }
            case "button" -> content.path("text").asString("");
            case "image", "video", "document", "audio", "sticker" ->
                    content.path("caption").asString("[" + type + "]");
            case "location" -> ("[location] " + content.path("name").asString("") + " "
                    + content.path("address").asString("")).trim();
            case "contacts" -> "[contact] " + content.path(0).path("name").path("formatted_name").asString("");
            case "reaction" -> content.path("emoji").asString("");
            default -> "[" + type + "]";
        };
    }

    /** One change of a body: where it was, the number it is for, and its value. */
    record NumberChange(String path, String phoneNumberId, JsonNode value) {
    }
}
