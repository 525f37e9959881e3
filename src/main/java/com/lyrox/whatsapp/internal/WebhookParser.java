package com.lyrox.whatsapp.internal;

import com.lyrox.conversations.InboundMessage;
import com.lyrox.tenants.ChannelRoute;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Reads a Cloud API webhook body: every entry, change, message and status, each message
 * type rendered as text plus its raw fields. Senders may come as {@code wa_id}, as a
 * business-scoped user id, or both; neither is assumed.
 */
@Component
class WebhookParser {

    private final ObjectMapper json;

    WebhookParser(ObjectMapper json) {
        this.json = json;
    }

    /** The phone_number_ids a body names, to route and verify it before reading further. */
    List<String> phoneNumberIds(JsonNode body) {
        List<String> ids = new ArrayList<>();
        for (JsonNode entry : body.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                String id = change.path("value").path("metadata").path("phone_number_id").asString(null);
                if (id != null && !ids.contains(id)) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /** The events of the changes whose number is routed; the others are left out. */
    List<WebhookChange> changes(JsonNode body, Map<String, ChannelRoute> routes) {
        List<WebhookChange> changes = new ArrayList<>();
        for (JsonNode entry : body.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                JsonNode value = change.path("value");
                String phoneNumberId = value.path("metadata").path("phone_number_id").asString(null);
                ChannelRoute route = routes.get(phoneNumberId);
                if (route == null || !"messages".equals(change.path("field").asString("messages"))) {
                    continue;
                }
                List<WebhookEvent> events = new ArrayList<>();
                for (JsonNode message : value.path("messages")) {
                    events.add(new WebhookEvent.Message(message(message, value.path("contacts"), route)));
                }
                for (JsonNode status : value.path("statuses")) {
                    events.add(status(status));
                }
                changes.add(new WebhookChange(phoneNumberId, events));
            }
        }
        return changes;
    }

    private InboundMessage message(JsonNode message, JsonNode contacts, ChannelRoute route) {
        String waId = message.path("from").asString(null);
        String userId = message.path("from_user_id").asString(null);
        JsonNode contact = contactOf(contacts, waId, userId);
        if (waId == null) {
            waId = contact.path("wa_id").asString(null);
        }
        if (userId == null) {
            userId = contact.path("user_id").asString(null);
        }
        String type = message.path("type").asString("unsupported");
        JsonNode content = message.path(type);
        return new InboundMessage(route.companyId(), route.channelId(), message.path("id").asString(), waId, userId,
                contact.path("profile").path("name").asString(null),
                Instant.ofEpochSecond(message.path("timestamp").asLong(Instant.now().getEpochSecond())),
                type, text(type, content), fields(content));
    }

    private static JsonNode contactOf(JsonNode contacts, String waId, String userId) {
        for (JsonNode contact : contacts) {
            if ((waId != null && waId.equals(contact.path("wa_id").asString(null)))
                    || (userId != null && userId.equals(contact.path("user_id").asString(null)))) {
                return contact;
            }
        }
        return contacts.size() == 1 ? contacts.get(0) : MissingNode.getInstance();
    }

    private static WebhookEvent.Status status(JsonNode status) {
        JsonNode error = status.path("errors").path(0);
        Integer code = error.has("code") ? error.path("code").asInt() : null;
        String detail = error.path("error_data").path("details").asString(null);
        String message = detail != null ? detail : error.path("message").asString(error.path("title").asString(null));
        return new WebhookEvent.Status(status.path("id").asString(), status.path("status").asString(),
                status.path("timestamp").asLong(Instant.now().getEpochSecond()), code, message);
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

    private Map<String, Object> fields(JsonNode content) {
        if (content.isMissingNode() || content.isNull()) {
            return Map.of();
        }
        if (!content.isObject()) {
            return Map.of("items", json.convertValue(content, List.class));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = json.convertValue(content, LinkedHashMap.class);
        return fields;
    }
}
