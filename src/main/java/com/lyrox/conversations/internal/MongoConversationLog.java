package com.lyrox.conversations.internal;

import static com.mongodb.client.model.Filters.eq;

import com.lyrox.conversations.Author;
import com.lyrox.conversations.ConversationClosed;
import com.lyrox.conversations.ConversationHandedOff;
import com.lyrox.conversations.ConversationLog;
import com.lyrox.conversations.ConversationState;
import com.lyrox.conversations.ConversationStatus;
import com.lyrox.conversations.ConversationUpdated;
import com.lyrox.conversations.CustomerAnswered;
import com.lyrox.conversations.CustomerRef;
import com.lyrox.conversations.DeliveryStatus;
import com.lyrox.conversations.DeliveryStatusChanged;
import com.lyrox.conversations.Direction;
import com.lyrox.conversations.HandoffReason;
import com.lyrox.conversations.InboundMessage;
import com.lyrox.conversations.MessageRecorded;
import com.lyrox.conversations.MessageView;
import com.lyrox.conversations.OutboundMessage;
import com.lyrox.conversations.RecordedMessage;
import com.lyrox.platform.TenantContext;
import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the conversation history to MongoDB. A message is appended in three idempotent
 * steps: reserve its place ({@code seq}) on the conversation, remember the WhatsApp id → seq
 * in {@code message_ids} (unique by {@code _id}), push it into its block unless already there.
 * Every read and write names its document by {@code _id} alone, so each is one index lookup;
 * the company a conversation belongs to (which never changes) is checked before a write, and
 * conditions such as "only forward" are carried by the update itself ({@code $max}), judged
 * on the document as it was before.
 */
@Component
class MongoConversationLog implements ConversationLog {

    private static final int DUPLICATE_KEY = 11000;

    private final MongoCollection<Document> conversations;
    private static final int KNOWN_OWNERS = 100_000;
    /** A turn's claim is kept as one number: the place it ends at in the high bits, where it starts in the low. */
    private static final int TURN_END_SHIFT = 32;
    /**
     * The fields an update's answer is read for. Asking for them by name also makes the server
     * copy them while the update holds its lock: the in-process server otherwise encodes the
     * stored document itself after letting go, and a concurrent update could change the counter
     * read from it (two messages would then take one place in the history).
     */
    private static final Bson COUNTERS = Projections.include("companyId", "messageCount", "inboundCount", "status",
            "answeredThroughSeq", "turnClaim", "turnFromSeq", "replyingThroughSeq", "stage", "unreadCount", "lastMessageAt", InboxIndex.VERSION);
    private static final String WAITING_SINCE = "waitingSince";
    private static final String LAST_REPLY_AT = "lastReplyAt";
    /** When the conversation opened, or opened again after it was closed; {@code createdAt} until it first closed. */
    private static final String OPENED_AT = "openedAt";
    /** {@link #COUNTERS} and what an outbound message reads of the document as it was before it. */
    private static final Bson OUTBOUND_COUNTERS = Projections.include("companyId", "messageCount", "inboundCount", "status",
            "answeredThroughSeq", "turnClaim", "turnFromSeq", "replyingThroughSeq", "stage", "unreadCount", "lastMessageAt",
            InboxIndex.VERSION, WAITING_SINCE, LAST_REPLY_AT, OPENED_AT, "createdAt", "customerId");
    private static final Bson STATUS_BEFORE = Projections.include("status", OPENED_AT, "createdAt");
    private static final Bson DELIVERY = Projections.include("conversationId", "direction", "rank");

    private final MessageBlocks blocks;
    private final MongoCollection<Document> messageIds;
    private final RecentMessages recentMessages;
    private final InboxIndex inbox;
    private final ActivityCounters activity;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<UUID, UUID> owners = new ConcurrentHashMap<>();

    MongoConversationLog(MongoTemplate mongo, MessageBlocks blocks, RecentMessages recentMessages, InboxIndex inbox,
                         ActivityCounters activity, ApplicationEventPublisher events, Clock clock) {
        this.conversations = mongo.getCollection(Collections.CONVERSATIONS);
        this.blocks = blocks;
        this.messageIds = mongo.getCollection(Collections.MESSAGE_IDS);
        this.recentMessages = recentMessages;
        this.inbox = inbox;
        this.activity = activity;
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
            Document stored = inboundDocument(seq, message, clock.instant());
            blocks.pushIfAbsent(companyId, conversationId, seq, stored);
            // Only a job run again gets here (its worker died or failed), perhaps before the dashboards heard of the
            // message: they hear of it again, and keep it once by its id.
            events.publishEvent(new MessageRecorded(companyId, conversationId, MessageDocuments.toView(stored, null)));
            Document conversation = find(conversationId);
            if (conversation != null) {
                // The run that died may have written the conversation and not filed it.
                inbox.file(companyId, conversation);
            }
            return new RecordedMessage(conversationId, seq, false,
                    existing.get("inboundOrdinal", conversation == null ? 0L : conversation.get("inboundCount", 0L)),
                    conversation == null ? ConversationStatus.AI_ACTIVE : statusOf(conversation));
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
                // Where the customer's wait for a reply began: kept by the first message nobody answered yet.
                Updates.min(WAITING_SINCE, Date.from(now)),
                Updates.set("lastMessagePreview", MessageDocuments.preview(message.text())),
                Updates.set("lastMessageDirection", Direction.INBOUND.name()),
                Updates.set("needsTemplate", false),
                Updates.set("updatedAt", Date.from(now)),
                Updates.inc("messageCount", 1L),
                Updates.inc("inboundCount", 1L),
                Updates.inc("unreadCount", 1L),
                Updates.inc(InboxIndex.VERSION, 1L)),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER).projection(COUNTERS));
        remember(conversationId, companyId);
        inbox.file(companyId, conversation);
        long ordinal = conversation.getLong("inboundCount");
        Remembered remembered = rememberMessageId(companyId, message.messageId(), new Document("conversationId",
                conversationId.toString()).append("seq", conversation.getLong("messageCount")).append("direction", Direction.INBOUND.name())
                .append("inboundOrdinal", ordinal));
        long seq = remembered.record().getLong("seq");
        ordinal = remembered.record().get("inboundOrdinal", ordinal);
        ConversationStatus status = statusOf(conversation);
        if (status == ConversationStatus.CLOSED) {
            reopen(conversationId, now);
            status = ConversationStatus.AI_ACTIVE;
        }
        Document stored = inboundDocument(seq, message, clock.instant());
        push(remembered, companyId, conversationId, seq, stored);
        if (remembered.fresh()) {
            activity.inbound(companyId, now, seq == 1);
        }
        MessageView view = MessageDocuments.toView(stored, null);
        recentMessages.append(companyId, conversationId, view);
        events.publishEvent(new MessageRecorded(companyId, conversationId, view));
        return new RecordedMessage(conversationId, seq, true, ordinal, status);
    }

    @Override
    public RecordedMessage recordOutbound(UUID conversationId, Author author, OutboundMessage message, String messageId,
                                          DeliveryStatus status, Integer errorCode, String errorMessage) {
        UUID companyId = TenantContext.requireCompanyId();
        Instant now = clock.instant();
        boolean reply = author == Author.AI || author == Author.HUMAN;
        List<Bson> changes = new ArrayList<>(List.of(
                Updates.set("lastMessageAt", Date.from(now)),
                Updates.set("lastMessagePreview", MessageDocuments.preview(message.text())),
                Updates.set("lastMessageDirection", Direction.OUTBOUND.name()),
                Updates.set("updatedAt", Date.from(now)),
                Updates.inc("messageCount", 1L),
                Updates.inc("outboundCount", 1L),
                Updates.inc(InboxIndex.VERSION, 1L)));
        if (reply) {
            // A reply ends the customer's wait; the document as it was says how long it lasted.
            changes.add(Updates.unset(WAITING_SINCE));
            changes.add(Updates.set(LAST_REPLY_AT, Date.from(now)));
        }
        Document before = !owned(conversationId) ? null : conversations.findOneAndUpdate(
                eq("_id", conversationId.toString()), Updates.combine(changes),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE).projection(OUTBOUND_COUNTERS));
        if (before == null) {
            throw new IllegalArgumentException("No conversation " + conversationId + " in this company");
        }
        Document conversation = afterOutbound(before, now);
        inbox.file(companyId, conversation);
        String id = messageId != null ? messageId : "lyrox." + UUID.randomUUID();
        Remembered remembered = rememberMessageId(companyId, id, new Document("conversationId", conversationId.toString())
                .append("seq", conversation.getLong("messageCount")).append("direction", Direction.OUTBOUND.name())
                .append("status", status.name()).append("rank", status.rank())
                .append("errorCode", errorCode).append("errorMessage", errorMessage));
        long seq = remembered.record().getLong("seq");
        Document stored = new Document("seq", seq).append("id", id).append("direction", Direction.OUTBOUND.name())
                .append("author", author.name()).append("type", message.type()).append("text", message.text())
                .append("content", new Document("buttons", message.buttons()).append("listRows", message.listRows()))
                .append("meta", new Document(message.metadata()))
                .append("at", Date.from(now));
        push(remembered, companyId, conversationId, seq, stored);
        if (remembered.fresh()) {
            activity.outbound(companyId, now, author);
            Date waitingSince = before.getDate(WAITING_SINCE);
            if (reply && waitingSince != null) {
                events.publishEvent(new CustomerAnswered(companyId, conversationId, UUID.fromString(before.getString("customerId")),
                        author, waitingSince.toInstant(), now, firstReply(before)));
            }
        }
        MessageView view = MessageDocuments.toView(stored, new Document("status", status.name())
                .append("errorCode", errorCode).append("errorMessage", errorMessage));
        recentMessages.append(companyId, conversationId, view);
        events.publishEvent(new MessageRecorded(companyId, conversationId, view));
        return new RecordedMessage(conversationId, seq, true, conversation.get("inboundCount", 0L), statusOf(conversation));
    }

    /**
     * Statuses only move forward: the update raises {@code rank} with {@code $max} and files the
     * status under its rank ({@code statuses.r<rank>}); the current status is the one filed under
     * the highest rank. Whether this one moved the message forward is read off the document as
     * it was before the update, so two statuses racing each other cannot both win.
     */
    @Override
    public StatusOutcome applyStatus(String messageId, DeliveryStatus status, Instant at, Integer errorCode,
                                     String errorMessage) {
        UUID companyId = TenantContext.requireCompanyId();
        String key = Collections.messageKey(companyId, messageId);
        Document known = messageIds.find(eq("_id", key)).first();
        if (known == null || !Direction.OUTBOUND.name().equals(known.getString("direction"))) {
            return StatusOutcome.UNKNOWN_MESSAGE;
        }
        if (known.get("rank", -1) >= status.rank()) {
            return StatusOutcome.OUTDATED;
        }
        Document filed = new Document("status", status.name()).append("statusAt", Date.from(at));
        if (errorCode != null) {
            filed.append("errorCode", errorCode).append("errorMessage", errorMessage);
        }
        Document before = messageIds.findOneAndUpdate(eq("_id", key),
                Updates.combine(Updates.max("rank", status.rank()), Updates.set(Deliveries.filedUnder(status.rank()), filed)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE).projection(DELIVERY));
        if (before == null || before.get("rank", -1) >= status.rank()) {
            return StatusOutcome.OUTDATED;
        }
        UUID conversationId = UUID.fromString(before.getString("conversationId"));
        events.publishEvent(new DeliveryStatusChanged(companyId, conversationId, messageId, status, errorCode, errorMessage));
        return StatusOutcome.APPLIED;
    }

    @Override
    public Optional<ConversationState> state(UUID conversationId) {
        return Optional.ofNullable(find(conversationId)).map(MongoConversationLog::toState);
    }

    /**
     * From the Redis copy of the newest messages when it holds every message of the range asked;
     * otherwise from the blocks, and the copy is rebuilt. A copy rebuilt while a message was being
     * recorded can miss that message, so a gap in the copy counts as a miss.
     */
    @Override
    public List<MessageView> recent(UUID conversationId, long throughSeq, int limit) {
        UUID companyId = TenantContext.requireCompanyId();
        Optional<List<MessageView>> cached = recentMessages.read(companyId, conversationId);
        if (cached.isPresent()) {
            Optional<List<MessageView>> whole = RecentMessages.wholeRange(cached.get(), throughSeq, limit);
            if (whole.isPresent()) {
                return chronological(whole.get());
            }
        }
        Document conversation = find(conversationId);
        long newest = conversation == null ? throughSeq : conversation.get("messageCount", throughSeq);
        List<MessageView> latest = between(conversationId, Math.max(0, newest - RecentMessages.KEPT), newest);
        recentMessages.store(companyId, conversationId, latest);
        List<MessageView> upTo = latest.stream().filter(message -> message.seq() <= throughSeq).toList();
        return chronological(upTo.subList(Math.max(0, upTo.size() - limit), upTo.size()));
    }

    private static List<MessageView> chronological(List<MessageView> messages) {
        return messages.stream().sorted(MessageDocuments.CHRONOLOGICAL).toList();
    }

    @Override
    public List<MessageView> inboundBetween(UUID conversationId, long afterSeq, long throughSeq) {
        return between(conversationId, afterSeq, throughSeq).stream()
                .filter(message -> message.direction() == Direction.INBOUND).sorted(MessageDocuments.CHRONOLOGICAL).toList();
    }

    /** The messages with {@code afterSeq < seq <= throughSeq}, oldest first, read block by block by id. */
    private List<MessageView> between(UUID conversationId, long afterSeq, long throughSeq) {
        return blocks.between(TenantContext.requireCompanyId(), conversationId, afterSeq, throughSeq).stream()
                .map(message -> MessageDocuments.toView(message, null)).toList();
    }

    @Override
    public OptionalLong claimTurn(UUID conversationId, long throughSeq) {
        if (!owned(conversationId)) {
            return OptionalLong.empty();
        }
        Document before = conversations.findOneAndUpdate(eq("_id", conversationId.toString()),
                Updates.max("answeredThroughSeq", throughSeq),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE).projection(COUNTERS));
        if (before == null) {
            return OptionalLong.empty();
        }
        long answered = before.get("answeredThroughSeq", 0L);
        if (answered < throughSeq) {
            // Where the claimed turn starts, kept for a run of this job that has to take the turn again. The newest
            // claim's pair wins ($max on one number, the turn's end before its start), and the update names the
            // document by _id alone: a second condition would make the in-process server scan the collection.
            conversations.updateOne(eq("_id", conversationId.toString()),
                    Updates.max("turnClaim", throughSeq << TURN_END_SHIFT | answered));
            return OptionalLong.of(answered);
        }
        if (answered == throughSeq && before.get("messageCount", 0L) == throughSeq
                && before.get("replyingThroughSeq", 0L) < throughSeq) {
            long claim = before.get("turnClaim", 0L);
            return OptionalLong.of(claim >>> TURN_END_SHIFT == throughSeq ? claim & ((1L << TURN_END_SHIFT) - 1)
                    : before.get("turnFromSeq", throughSeq - 1));
        }
        return OptionalLong.empty();
    }

    @Override
    public void replyingTo(UUID conversationId, long throughSeq) {
        if (owned(conversationId)) {
            conversations.updateOne(eq("_id", conversationId.toString()), Updates.max("replyingThroughSeq", throughSeq));
        }
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
        changeStatus(conversationId, status, reason, Updates.set("updatedAt", Date.from(clock.instant())));
    }

    /**
     * Handing off and closing are remembered for the reports once per change, judged on the document
     * as it was before: when a person took the conversation from the AI and why, and how long it had
     * been open when it closed.
     */
    private void changeStatus(UUID conversationId, ConversationStatus status, String reason, Bson alsoSet) {
        if (status != ConversationStatus.AI_ACTIVE && owned(conversationId)) {
            Instant now = clock.instant();
            Document before = conversations.findOneAndUpdate(eq("_id", conversationId.toString()),
                    Updates.set("status", status.name()),
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE).projection(STATUS_BEFORE));
            if (before != null && statusOf(before) != status) {
                UUID companyId = TenantContext.requireCompanyId();
                if (status == ConversationStatus.HUMAN_HANDLING) {
                    conversations.updateOne(eq("_id", conversationId.toString()), Updates.push("handoffs", Date.from(now)));
                    activity.handoff(companyId, now);
                    events.publishEvent(new ConversationHandedOff(companyId, conversationId, HandoffReason.of(reason), reason, now));
                } else {
                    Date opened = before.getDate(OPENED_AT) != null ? before.getDate(OPENED_AT) : before.getDate("createdAt");
                    if (opened != null) {
                        events.publishEvent(new ConversationClosed(companyId, conversationId, opened.toInstant(), now));
                    }
                }
            }
        }
        update(conversationId, Updates.combine(Updates.set("status", status.name()),
                Updates.set("statusReason", reason), alsoSet));
    }

    /** A closed conversation the customer wrote to again opens anew: its next close measures from now. */
    private void reopen(UUID conversationId, Instant now) {
        changeStatus(conversationId, ConversationStatus.AI_ACTIVE, "The customer wrote again",
                Updates.combine(Updates.set("updatedAt", Date.from(now)), Updates.set(OPENED_AT, Date.from(now))));
    }

    /** The document as an outbound message's update left it, from the document as it was before. */
    private static Document afterOutbound(Document before, Instant now) {
        Document after = new Document(before);
        after.put("messageCount", before.get("messageCount", 0L) + 1);
        after.put(InboxIndex.VERSION, ((Number) before.get(InboxIndex.VERSION, 0L)).longValue() + 1);
        after.put("lastMessageAt", Date.from(now));
        return after;
    }

    /** Whether a reply now is the first since the conversation opened (or opened again). */
    private static boolean firstReply(Document before) {
        Date lastReply = before.getDate(LAST_REPLY_AT);
        Date opened = before.getDate(OPENED_AT);
        return lastReply == null || opened != null && lastReply.before(opened);
    }

    void update(UUID conversationId, Bson change) {
        UUID companyId = TenantContext.requireCompanyId();
        Document updated = !owned(conversationId) ? null : conversations.findOneAndUpdate(
                eq("_id", conversationId.toString()), Updates.combine(change, Updates.inc(InboxIndex.VERSION, 1L)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (updated != null) {
            inbox.file(companyId, updated);
            events.publishEvent(new ConversationUpdated(companyId, conversationId, ConversationDocuments.toView(updated)));
        }
    }

    Document find(UUID conversationId) {
        Document conversation = conversations.find(eq("_id", conversationId.toString())).first();
        if (conversation == null) {
            return null;
        }
        UUID owner = UUID.fromString(conversation.getString("companyId"));
        remember(conversationId, owner);
        return owner.equals(TenantContext.requireCompanyId()) ? conversation : null;
    }

    /** Whether the conversation exists and belongs to the current company. */
    private boolean owned(UUID conversationId) {
        UUID owner = owners.get(conversationId);
        return owner != null ? owner.equals(TenantContext.requireCompanyId()) : find(conversationId) != null;
    }

    private void remember(UUID conversationId, UUID owner) {
        if (owners.size() >= KNOWN_OWNERS) {
            owners.clear();
        }
        owners.putIfAbsent(conversationId, owner);
    }

    /** What {@code message_ids} holds under an id, and whether this call wrote it. */
    private record Remembered(Document record, boolean fresh) {
    }

    /**
     * Remembers a WhatsApp id with where it is stored; answers what is stored under the id: this
     * record, or the one an earlier attempt already wrote (its {@code seq} wins).
     */
    private Remembered rememberMessageId(UUID companyId, String messageId, Document record) {
        Document stored = new Document("_id", Collections.messageKey(companyId, messageId))
                .append("companyId", companyId.toString());
        stored.putAll(record);
        try {
            messageIds.insertOne(stored);
            return new Remembered(stored, true);
        } catch (MongoException e) {
            if (e.getCode() != DUPLICATE_KEY) {
                throw e;
            }
            return new Remembered(messageIds.find(eq("_id", Collections.messageKey(companyId, messageId))).first(), false);
        }
    }

    /** Into its block: directly when this call reserved the place, else only if an earlier run did not. */
    private void push(Remembered remembered, UUID companyId, UUID conversationId, long seq, Document message) {
        if (remembered.fresh()) {
            blocks.push(companyId, conversationId, seq, message);
        } else {
            blocks.pushIfAbsent(companyId, conversationId, seq, message);
        }
    }

    /**
     * Stored at the customer's own timestamp, the history's order, but never later than it reached
     * us: a clock ahead of ours must not put a question after its answer.
     */
    private static Document inboundDocument(long seq, InboundMessage message, Instant now) {
        Instant sentAt = message.sentAt() == null || message.sentAt().isAfter(now) ? now : message.sentAt();
        return new Document("seq", seq).append("id", message.messageId()).append("direction", Direction.INBOUND.name())
                .append("author", Author.CUSTOMER.name()).append("type", message.type()).append("text", message.text())
                .append("content", new Document(message.content())).append("at", Date.from(sentAt));
    }

    private static ConversationStatus statusOf(Document conversation) {
        return ConversationStatus.valueOf(conversation.get("status", ConversationStatus.AI_ACTIVE.name()));
    }

    private static ConversationState toState(Document conversation) {
        Date lastInbound = conversation.getDate("lastInboundAt");
        return new ConversationState(UUID.fromString(conversation.getString("_id")),
                UUID.fromString(conversation.getString("companyId")),
                UUID.fromString(conversation.getString("customerId")),
                conversation.getString("channelId") == null ? null : UUID.fromString(conversation.getString("channelId")),
                conversation.getString("customerPhone"), conversation.getString("customerName"),
                statusOf(conversation), conversation.get("inboundCount", 0L), conversation.get("answeredThroughSeq", 0L),
                lastInbound == null ? null : lastInbound.toInstant(), conversation.get("messageCount", 0L),
                conversation.getString("summary"));
    }
}
