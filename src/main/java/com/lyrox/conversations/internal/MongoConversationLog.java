package com.lyrox.conversations.internal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;

import com.lyrox.conversations.Author;
import com.lyrox.conversations.ConversationChanged;
import com.lyrox.conversations.ConversationLog;
import com.lyrox.conversations.ConversationState;
import com.lyrox.conversations.ConversationStatus;
import com.lyrox.conversations.CustomerRef;
import com.lyrox.conversations.DeliveryStatus;
import com.lyrox.conversations.InboundMessage;
import com.lyrox.conversations.MessageView;
import com.lyrox.conversations.OutboundMessage;
import com.lyrox.conversations.RecordedMessage;
import com.lyrox.platform.TenantContext;
import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the conversation history to MongoDB. A message is appended in three idempotent
 * steps: reserve its place ({@code seq}) on the conversation, remember the WhatsApp id → seq
 * in {@code message_ids} (unique by {@code _id}), push it into its block unless already there.
 */
@Component
class MongoConversationLog implements ConversationLog {

    private static final int DUPLICATE_KEY = 11000;
    private static final int PREVIEW_LENGTH = 120;

    private final MongoCollection<Document> conversations;
    private final MongoCollection<Document> blocks;
    private final MongoCollection<Document> messageIds;
    private final RecentMessages recentMessages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MongoConversationLog(MongoTemplate mongo, RecentMessages recentMessages, ApplicationEventPublisher events, Clock clock) {
        this.conversations = mongo.getCollection(Collections.CONVERSATIONS);
        this.blocks = mongo.getCollection(Collections.BLOCKS);
        this.messageIds = mongo.getCollection(Collections.MESSAGE_IDS);
        this.recentMessages = recentMessages;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public RecordedMessage recordInbound(CustomerRef customer, InboundMessage message) {
        UUID companyId = TenantContext.requireCompanyId();
        UUID conversationId = Collections.conversationId(companyId, customer.customerId());
        Document existing = messageIds.find(eq("_id", Collections.messageKey(companyId, message.messageId()))).first();
        if (existing != null) {
            long seq = existing.getLong("seq");
            pushIntoBlock(companyId, conversationId, seq, inboundDocument(seq, message));
            return new RecordedMessage(conversationId, seq, false);
        }
        Instant now = clock.instant();
        Document conversation = conversations.findOneAndUpdate(eq("_id", conversationId.toString()), Updates.combine(
                Updates.setOnInsert("companyId", companyId.toString()),
                Updates.setOnInsert("customerId", customer.customerId().toString()),
                Updates.setOnInsert("createdAt", Date.from(now)),
                Updates.setOnInsert("answeredThroughSeq", 0L),
                Updates.setOnInsert("status", ConversationStatus.AI_ACTIVE.name()),
                Updates.set("channelId", message.channelId().toString()),
                Updates.set("customerPhone", customer.phone()),
                Updates.set("customerName", customer.name()),
                Updates.set("stage", customer.stage()),
                Updates.set("tags", customer.tags()),
                Updates.set("lastMessageAt", Date.from(now)),
                Updates.set("lastInboundAt", Date.from(now)),
                Updates.set("lastMessagePreview", preview(message.text())),
                Updates.set("lastMessageDirection", "INBOUND"),
                Updates.set("needsTemplate", false),
                Updates.set("updatedAt", Date.from(now)),
                Updates.inc("messageCount", 1L),
                Updates.inc("inboundCount", 1L),
                Updates.inc("unreadCount", 1L)),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        long seq = conversation.getLong("messageCount");
        seq = rememberMessageId(companyId, message.messageId(), conversationId, seq, "INBOUND");
        conversations.updateOne(eq("_id", conversationId.toString()), Updates.max("latestInboundSeq", seq));
        if (ConversationStatus.CLOSED.name().equals(conversation.getString("status"))) {
            changeStatus(conversationId, ConversationStatus.AI_ACTIVE, "The customer wrote again");
        }
        Document stored = inboundDocument(seq, message);
        pushIntoBlock(companyId, conversationId, seq, stored);
        MessageView view = MessageDocuments.toView(stored, null);
        recentMessages.append(companyId, conversationId, view);
        events.publishEvent(new ConversationChanged(companyId, conversationId, "message", view));
        return new RecordedMessage(conversationId, seq, true);
    }

    @Override
    public RecordedMessage recordOutbound(UUID conversationId, Author author, OutboundMessage message, String messageId,
                                          DeliveryStatus status, Integer errorCode, String errorMessage) {
        UUID companyId = TenantContext.requireCompanyId();
        Instant now = clock.instant();
        Document conversation = conversations.findOneAndUpdate(
                and(eq("_id", conversationId.toString()), eq("companyId", companyId.toString())),
                Updates.combine(
                        Updates.set("lastMessageAt", Date.from(now)),
                        Updates.set("lastMessagePreview", preview(message.text())),
                        Updates.set("lastMessageDirection", "OUTBOUND"),
                        Updates.set("updatedAt", Date.from(now)),
                        Updates.inc("messageCount", 1L),
                        Updates.inc("outboundCount", 1L)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (conversation == null) {
            throw new IllegalArgumentException("No conversation " + conversationId + " in this company");
        }
        long seq = conversation.getLong("messageCount");
        String id = messageId != null ? messageId : "lyrox." + UUID.randomUUID();
        seq = rememberMessageId(companyId, id, conversationId, seq, "OUTBOUND");
        messageIds.updateOne(eq("_id", Collections.messageKey(companyId, id)), Updates.combine(
                Updates.set("status", status.name()), Updates.set("rank", status.rank()),
                Updates.set("errorCode", errorCode), Updates.set("errorMessage", errorMessage)));
        Document stored = new Document("seq", seq).append("id", id).append("direction", "OUTBOUND")
                .append("author", author.name()).append("type", message.type()).append("text", message.text())
                .append("content", new Document("buttons", message.buttons()).append("listRows", message.listRows()))
                .append("meta", new Document(message.metadata()))
                .append("at", Date.from(now));
        pushIntoBlock(companyId, conversationId, seq, stored);
        MessageView view = MessageDocuments.toView(stored, new Document("status", status.name())
                .append("errorCode", errorCode).append("errorMessage", errorMessage));
        recentMessages.append(companyId, conversationId, view);
        events.publishEvent(new ConversationChanged(companyId, conversationId, "message", view));
        return new RecordedMessage(conversationId, seq, true);
    }

    @Override
    public StatusOutcome applyStatus(String messageId, DeliveryStatus status, Instant at, Integer errorCode,
                                     String errorMessage) {
        UUID companyId = TenantContext.requireCompanyId();
        List<Bson> changes = new ArrayList<>(List.of(Updates.set("status", status.name()),
                Updates.set("rank", status.rank()), Updates.set("statusAt", Date.from(at))));
        if (errorCode != null) {
            changes.add(Updates.set("errorCode", errorCode));
            changes.add(Updates.set("errorMessage", errorMessage));
        }
        Document updated = messageIds.findOneAndUpdate(
                and(eq("_id", Collections.messageKey(companyId, messageId)), eq("direction", "OUTBOUND"),
                        lt("rank", status.rank())),
                Updates.combine(changes), new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (updated == null) {
            boolean known = messageIds.find(and(eq("_id", Collections.messageKey(companyId, messageId)),
                    eq("direction", "OUTBOUND"))).first() != null;
            return known ? StatusOutcome.OUTDATED : StatusOutcome.UNKNOWN_MESSAGE;
        }
        UUID conversationId = UUID.fromString(updated.getString("conversationId"));
        events.publishEvent(new ConversationChanged(companyId, conversationId, "status",
                new StatusChange(messageId, status, errorCode, errorMessage)));
        return StatusOutcome.APPLIED;
    }

    /** A status that moved forward, as the live stream shows it. */
    record StatusChange(String messageId, DeliveryStatus status, Integer errorCode, String errorMessage) {
    }

    @Override
    public Optional<ConversationState> state(UUID conversationId) {
        return Optional.ofNullable(find(conversationId)).map(MongoConversationLog::toState);
    }

    /**
     * From the Redis copy of the newest messages when it covers the range asked; otherwise from
     * the blocks, and the copy is rebuilt.
     */
    @Override
    public List<MessageView> recent(UUID conversationId, long throughSeq, int limit) {
        UUID companyId = TenantContext.requireCompanyId();
        Optional<List<MessageView>> cached = recentMessages.read(companyId, conversationId);
        if (cached.isPresent()) {
            List<MessageView> upTo = cached.get().stream().filter(message -> message.seq() <= throughSeq).toList();
            boolean complete = upTo.size() >= limit || (!cached.get().isEmpty() && cached.get().get(0).seq() == 1);
            if (complete) {
                return upTo.subList(Math.max(0, upTo.size() - limit), upTo.size());
            }
        }
        Document conversation = find(conversationId);
        long newest = conversation == null ? throughSeq : conversation.get("messageCount", throughSeq);
        List<MessageView> latest = between(conversationId, Math.max(0, newest - RecentMessages.KEPT), newest);
        recentMessages.store(companyId, conversationId, latest);
        List<MessageView> upTo = latest.stream().filter(message -> message.seq() <= throughSeq).toList();
        return upTo.subList(Math.max(0, upTo.size() - limit), upTo.size());
    }

    @Override
    public List<MessageView> inboundBetween(UUID conversationId, long afterSeq, long throughSeq) {
        return between(conversationId, afterSeq, throughSeq).stream()
                .filter(message -> "INBOUND".equals(message.direction())).toList();
    }

    /** The messages with {@code afterSeq < seq <= throughSeq}, oldest first, read block by block by id. */
    private List<MessageView> between(UUID conversationId, long afterSeq, long throughSeq) {
        List<MessageView> found = new ArrayList<>();
        for (long block = Collections.blockNumber(afterSeq + 1); block <= Collections.blockNumber(throughSeq); block++) {
            Document stored = blocks.find(eq("_id", conversationId + ":" + block)).first();
            if (stored == null || !TenantContext.requireCompanyId().toString().equals(stored.getString("companyId"))) {
                continue;
            }
            for (Document message : stored.getList("messages", Document.class)) {
                long seq = message.getLong("seq");
                if (seq > afterSeq && seq <= throughSeq) {
                    found.add(MessageDocuments.toView(message, null));
                }
            }
        }
        found.sort(java.util.Comparator.comparingLong(MessageView::seq));
        return found;
    }

    @Override
    public boolean claimTurn(UUID conversationId, long throughSeq) {
        return conversations.updateOne(
                and(eq("_id", conversationId.toString()), eq("companyId", TenantContext.requireCompanyId().toString()),
                        lt("answeredThroughSeq", throughSeq)),
                Updates.set("answeredThroughSeq", throughSeq)).getModifiedCount() == 1;
    }

    @Override
    public void handOffToHuman(UUID conversationId, String reason) {
        changeStatus(conversationId, ConversationStatus.HUMAN_HANDLING, reason);
    }

    @Override
    public void summarize(UUID conversationId, String summary, String nextAction, String sentiment) {
        update(conversationId, Updates.combine(Updates.set("summary", summary), Updates.set("nextAction", nextAction),
                Updates.set("sentiment", sentiment), Updates.set("summarizedAt", Date.from(clock.instant()))));
    }

    @Override
    public void flagNeedsTemplate(UUID conversationId, boolean needed) {
        update(conversationId, Updates.set("needsTemplate", needed));
    }

    void changeStatus(UUID conversationId, ConversationStatus status, String reason) {
        if (status == ConversationStatus.HUMAN_HANDLING) {
            // Remembered for the reports: when a person took the conversation from the AI.
            conversations.updateOne(and(eq("_id", conversationId.toString()),
                            eq("companyId", TenantContext.requireCompanyId().toString()), ne("status", status.name())),
                    Updates.push("handoffs", Date.from(clock.instant())));
        }
        update(conversationId, Updates.combine(Updates.set("status", status.name()),
                Updates.set("statusReason", reason), Updates.set("updatedAt", Date.from(clock.instant()))));
    }

    void update(UUID conversationId, Bson change) {
        UUID companyId = TenantContext.requireCompanyId();
        Document updated = conversations.findOneAndUpdate(
                and(eq("_id", conversationId.toString()), eq("companyId", companyId.toString())), change,
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (updated != null) {
            events.publishEvent(new ConversationChanged(companyId, conversationId, "conversation",
                    ConversationDocuments.toView(updated)));
        }
    }

    Document find(UUID conversationId) {
        Document conversation = conversations.find(eq("_id", conversationId.toString())).first();
        return conversation != null && TenantContext.requireCompanyId().toString().equals(conversation.getString("companyId"))
                ? conversation : null;
    }

    /** The seq the id is stored under: the one given, or the one an earlier attempt already recorded. */
    private long rememberMessageId(UUID companyId, String messageId, UUID conversationId, long seq, String direction) {
        try {
            messageIds.insertOne(new Document("_id", Collections.messageKey(companyId, messageId))
                    .append("companyId", companyId.toString()).append("conversationId", conversationId.toString())
                    .append("seq", seq).append("direction", direction).append("rank", -1));
            return seq;
        } catch (MongoException e) {
            if (e.getCode() != DUPLICATE_KEY) {
                throw e;
            }
            return messageIds.find(eq("_id", Collections.messageKey(companyId, messageId))).first().getLong("seq");
        }
    }

    private void pushIntoBlock(UUID companyId, UUID conversationId, long seq, Document message) {
        String blockId = Collections.blockId(conversationId, seq);
        try {
            blocks.updateOne(and(eq("_id", blockId), ne("messages.seq", seq)), Updates.combine(
                    Updates.setOnInsert("companyId", companyId.toString()),
                    Updates.setOnInsert("conversationId", conversationId.toString()),
                    Updates.setOnInsert("block", Collections.blockNumber(seq)),
                    Updates.push("messages", message)), new UpdateOptions().upsert(true));
        } catch (MongoException e) {
            if (e.getCode() != DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    private static Document inboundDocument(long seq, InboundMessage message) {
        return new Document("seq", seq).append("id", message.messageId()).append("direction", "INBOUND")
                .append("author", Author.CUSTOMER.name()).append("type", message.type()).append("text", message.text())
                .append("content", new Document(message.content())).append("at", Date.from(message.sentAt()));
    }

    private static String preview(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= PREVIEW_LENGTH ? text : text.substring(0, PREVIEW_LENGTH - 1) + "…";
    }

    private static ConversationState toState(Document conversation) {
        Date lastInbound = conversation.getDate("lastInboundAt");
        return new ConversationState(UUID.fromString(conversation.getString("_id")),
                UUID.fromString(conversation.getString("companyId")),
                UUID.fromString(conversation.getString("customerId")),
                conversation.getString("channelId") == null ? null : UUID.fromString(conversation.getString("channelId")),
                conversation.getString("customerPhone"), conversation.getString("customerName"),
                ConversationStatus.valueOf(conversation.get("status", ConversationStatus.AI_ACTIVE.name())),
                conversation.get("latestInboundSeq", 0L), conversation.get("answeredThroughSeq", 0L),
                lastInbound == null ? null : lastInbound.toInstant(), conversation.get("messageCount", 0L),
                conversation.getString("summary"));
    }
}
