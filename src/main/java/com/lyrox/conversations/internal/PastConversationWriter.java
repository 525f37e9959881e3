package com.lyrox.conversations.internal;

import static com.mongodb.client.model.Filters.eq;

import com.lyrox.conversations.Author;
import com.lyrox.conversations.ConversationClosed;
import com.lyrox.conversations.ConversationFigures;
import com.lyrox.conversations.ConversationHandedOff;
import com.lyrox.conversations.ConversationStatus;
import com.lyrox.conversations.CustomerAnswered;
import com.lyrox.conversations.CustomerRef;
import com.lyrox.conversations.Direction;
import com.lyrox.conversations.HandoffReason;
import com.lyrox.conversations.PastConversations;
import com.lyrox.platform.TenantContext;
import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.bson.Document;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a past conversation in the documents the live path writes ({@link MongoConversationLog}):
 * the conversation with its counters, status and handoffs, and its messages in their blocks; files it
 * in the inbox, and raises the waits, handoffs and close it had, at their moments.
 */
@Component
class PastConversationWriter implements PastConversations {

    private static final int DUPLICATE_KEY = 11000;

    private final MongoCollection<Document> conversations;
    private final MongoCollection<Document> blocks;
    private final InboxIndex inbox;
    private final ActivityCounters activity;
    private final ApplicationEventPublisher events;
    private final ConversationFigures figures;
    private final Clock clock;

    PastConversationWriter(MongoTemplate mongo, InboxIndex inbox, ActivityCounters activity, ApplicationEventPublisher events,
                           ConversationFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
        this.conversations = mongo.getCollection(Collections.CONVERSATIONS);
        this.blocks = mongo.getCollection(Collections.BLOCKS);
        this.inbox = inbox;
        this.activity = activity;
        this.events = events;
    }

    @Override
    public boolean write(CustomerRef customer, UUID channelId, List<PastMessage> messages, ConversationStatus status) {
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("A conversation needs a message");
        }
        UUID companyId = TenantContext.requireCompanyId();
        UUID conversationId = Collections.conversationId(companyId, customer.customerId());
        List<Object> events = new ArrayList<>();
        Map<String, List<Document>> byBlock = new TreeMap<>();
        List<Date> handoffs = new ArrayList<>();
        Instant waitingSince = null;
        Instant lastReply = null;
        Instant lastInbound = null;
        long inbound = 0;
        boolean humanHandling = false;
        for (int i = 0; i < messages.size(); i++) {
            PastMessage message = messages.get(i);
            long seq = i + 1;
            boolean fromCustomer = message.author() == Author.CUSTOMER;
            Document stored = new Document("seq", seq).append("id", "past." + conversationId + "." + seq)
                    .append("direction", (fromCustomer ? Direction.INBOUND : Direction.OUTBOUND).name())
                    .append("author", message.author().name()).append("type", "text").append("text", message.text())
                    .append("content", new Document()).append("at", Date.from(message.at()));
            byBlock.computeIfAbsent(Collections.blockId(conversationId, seq), block -> new ArrayList<>()).add(stored);
            if (fromCustomer) {
                inbound++;
                lastInbound = message.at();
                waitingSince = waitingSince == null ? message.at() : waitingSince;
            } else if (message.author() == Author.AI || message.author() == Author.HUMAN) {
                if (waitingSince != null) {
                    events.add(new CustomerAnswered(companyId, conversationId, customer.customerId(), message.author(),
                            waitingSince, message.at(), lastReply == null));
                }
                waitingSince = null;
                lastReply = message.at();
            }
            if (message.handoffReason() != null && !humanHandling) {
                humanHandling = true;
                handoffs.add(Date.from(message.at()));
                events.add(new ConversationHandedOff(companyId, conversationId, HandoffReason.of(message.handoffReason()),
                        message.handoffReason(), message.at()));
            }
        }
        PastMessage last = messages.get(messages.size() - 1);
        if (status == ConversationStatus.CLOSED) {
            events.add(new ConversationClosed(companyId, conversationId, messages.get(0).at(), last.at()));
        }
        Document conversation = new Document("_id", conversationId.toString())
                .append("companyId", companyId.toString()).append("customerId", customer.customerId().toString())
                .append("createdAt", Date.from(messages.get(0).at())).append("answeredThroughSeq", (long) messages.size())
                .append("status", status.name()).append("channelId", channelId.toString())
                .append("customerPhone", customer.phone()).append("customerName", customer.name())
                .append("stage", customer.stage()).append("tags", customer.tags())
                .append("lastMessageAt", Date.from(last.at()))
                .append("lastInboundAt", lastInbound == null ? null : Date.from(lastInbound))
                .append("lastMessagePreview", MessageDocuments.preview(last.text()))
                .append("lastMessageDirection", (last.author() == Author.CUSTOMER ? Direction.INBOUND : Direction.OUTBOUND).name())
                .append("needsTemplate", false).append("updatedAt", Date.from(last.at()))
                .append("messageCount", (long) messages.size()).append("inboundCount", inbound)
                .append("outboundCount", messages.size() - inbound).append("unreadCount", 0L)
                .append(InboxIndex.VERSION, 1L).append("handoffs", handoffs)
                .append("lastReplyAt", lastReply == null ? null : Date.from(lastReply));
        if (waitingSince != null) {
            conversation.append("waitingSince", Date.from(waitingSince));
        }
        try {
            conversations.insertOne(conversation);
        } catch (MongoException e) {
            if (e.getCode() == DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
        byBlock.forEach((blockId, stored) -> blocks.replaceOne(eq("_id", blockId), new Document("_id", blockId)
                        .append("companyId", companyId.toString()).append("conversationId", conversationId.toString())
                        .append("block", Collections.blockNumber(stored.get(0).getLong("seq"))).append("messages", stored),
                new ReplaceOptions().upsert(true)));
        inbox.file(companyId, conversation);
        events.forEach(this.events::publishEvent);
        return true;
    }

    /** Counts now rather than at the first page that reads the activity: a company's whole history is read. */
    @Override
    public void recount() {
        activity.forget(TenantContext.requireCompanyId());
        Instant now = clock.instant();
        figures.activityBetween(now.minus(Duration.ofDays(1)), now);
    }
}
