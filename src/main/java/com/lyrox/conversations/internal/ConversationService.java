package com.lyrox.conversations.internal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;

import com.lyrox.conversations.Author;
import com.lyrox.conversations.ConversationStatus;
import com.lyrox.conversations.ConversationView;
import com.lyrox.conversations.Direction;
import com.lyrox.conversations.MessageView;
import com.lyrox.conversations.OutboundMessage;
import com.lyrox.conversations.SendResult;
import com.lyrox.conversations.ConversationMessenger;
import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.PageResponse;
import com.lyrox.platform.TenantContext;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** The inbox: conversations and their messages for the current company, and what people do with them. */
@Service
class ConversationService {

    private final MongoCollection<Document> conversations;
    private final MessageBlocks blocks;
    private final MongoCollection<Document> messageIds;
    private final MongoConversationLog log;
    private final ConversationMessenger messenger;
    private final InboxIndex inbox;

    ConversationService(MongoTemplate mongo, MessageBlocks blocks, MongoConversationLog log, ConversationMessenger messenger,
                        InboxIndex inbox) {
        this.blocks = blocks;
        this.conversations = mongo.getCollection(Collections.CONVERSATIONS);
        this.messageIds = mongo.getCollection(Collections.MESSAGE_IDS);
        this.log = log;
        this.messenger = messenger;
        this.inbox = inbox;
    }

    /**
     * From the inbox index, one page read by id; a search (which no index serves) and a company
     * whose index another reader is still building are answered by querying the documents.
     */
    PageResponse<ConversationView> list(ConversationStatus status, String stage, Boolean unread, String search,
                                        int page, int size) {
        String wantedStage = stage == null || stage.isBlank() ? null : stage.trim().toUpperCase(java.util.Locale.ROOT);
        if (search == null || search.isBlank()) {
            var indexed = inbox.page(TenantContext.requireCompanyId(), new InboxIndex.Filter(status, wantedStage, unread),
                    (long) page * size, size);
            if (indexed.isPresent()) {
                return new PageResponse<>(byId(indexed.get().ids()), page, size, indexed.get().total());
            }
        }
        return query(status, wantedStage, unread, search, page, size);
    }

    /** The conversations of the ids in their order; one that vanished meanwhile is left out. */
    private List<ConversationView> byId(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String companyId = TenantContext.requireCompanyId().toString();
        Map<String, Document> found = new HashMap<>();
        conversations.find(in("_id", ids.stream().map(UUID::toString).toList())).forEach(document -> {
            if (companyId.equals(document.getString("companyId"))) {
                found.put(document.getString("_id"), document);
            }
        });
        return ids.stream().map(id -> found.get(id.toString())).filter(java.util.Objects::nonNull)
                .map(ConversationDocuments::toView).toList();
    }

    /** The documents queried directly, as the index would answer them. */
    PageResponse<ConversationView> query(ConversationStatus status, String stage, Boolean unread, String search,
                                                 int page, int size) {
        List<Bson> filters = new ArrayList<>(List.of(eq("companyId", TenantContext.requireCompanyId().toString())));
        if (status != null) {
            filters.add(eq("status", status.name()));
        }
        if (stage != null) {
            filters.add(eq("stage", stage));
        }
        if (Boolean.TRUE.equals(unread)) {
            filters.add(gt("unreadCount", 0L));
        } else if (Boolean.FALSE.equals(unread)) {
            filters.add(eq("unreadCount", 0L));
        }
        if (search != null && !search.isBlank()) {
            Pattern text = Pattern.compile(Pattern.quote(search.trim()), Pattern.CASE_INSENSITIVE);
            filters.add(or(regex("customerName", text), regex("customerPhone", text), regex("lastMessagePreview", text)));
        }
        Bson filter = and(filters);
        List<ConversationView> items = new ArrayList<>();
        conversations.find(filter).sort(Sorts.orderBy(Sorts.descending("lastMessageAt"), Sorts.ascending("_id")))
                .skip(page * size).limit(size).forEach(document -> items.add(ConversationDocuments.toView(document)));
        return new PageResponse<>(items, page, size, conversations.countDocuments(filter));
    }

    ConversationView get(UUID id) {
        return ConversationDocuments.toView(conversation(id));
    }

    /**
     * Newest first by when each was sent; the page is a range of positions in the history (the
     * order they were recorded in), read block by block.
     */
    PageResponse<MessageView> messages(UUID id, int page, int size) {
        Document conversation = conversation(id);
        long total = conversation.get("messageCount", 0L);
        long newest = total - (long) page * size;
        long oldest = Math.max(1, newest - size + 1);
        List<Document> found = newest < 1 ? List.of()
                : blocks.between(TenantContext.requireCompanyId(), id, oldest - 1, newest);
        Map<String, Document> deliveries = deliveries(found);
        List<MessageView> items = found.stream()
                .map(message -> MessageDocuments.toView(message, deliveries.get(message.getString("id"))))
                .sorted(MessageDocuments.CHRONOLOGICAL.reversed())
                .toList();
        return new PageResponse<>(items, page, size, total);
    }

    MessageView reply(UUID id, String text) {
        conversation(id);
        log.changeStatus(id, ConversationStatus.HUMAN_HANDLING, "A team member replied");
        SendResult result = messenger.send(id, Author.HUMAN, OutboundMessage.text(text));
        if (!result.sent()) {
            throw ApiProblem.conflict(null, "The message was not delivered to WhatsApp: " + result.errorMessage());
        }
        return messages(id, 0, 1).items().get(0);
    }

    MessageView template(UUID id, String name, String language) {
        conversation(id);
        SendResult result = messenger.sendTemplate(id, Author.HUMAN, name, language);
        if (!result.sent()) {
            throw ApiProblem.conflict(null, "WhatsApp did not accept the template: " + result.errorMessage());
        }
        return messages(id, 0, 1).items().get(0);
    }

    ConversationView changeStatus(UUID id, ConversationStatus status, String reason) {
        conversation(id);
        log.changeStatus(id, status, reason);
        return get(id);
    }

    ConversationView markRead(UUID id) {
        conversation(id);
        log.update(id, Updates.set("unreadCount", 0L));
        return get(id);
    }

    private Map<String, Document> deliveries(List<Document> messages) {
        List<String> keys = messages.stream().filter(message -> Direction.OUTBOUND.name().equals(message.getString("direction")))
                .map(message -> com.lyrox.conversations.internal.Collections.messageKey(
                        TenantContext.requireCompanyId(), message.getString("id")))
                .toList();
        Map<String, Document> byId = new HashMap<>();
        if (!keys.isEmpty()) {
            messageIds.find(in("_id", keys)).forEach(document -> byId.put(
                    document.getString("_id").substring(document.getString("_id").indexOf(':') + 1), document));
        }
        return byId;
    }

    private Document conversation(UUID id) {
        Document conversation = log.find(id);
        if (conversation == null) {
            throw ApiProblem.notFound("Conversation");
        }
        return conversation;
    }
}
