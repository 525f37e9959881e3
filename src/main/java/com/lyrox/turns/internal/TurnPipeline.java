package com.lyrox.turns.internal;

import com.lyrox.billing.AiQuota;
import com.lyrox.conversations.Author;
import com.lyrox.conversations.ConversationLog;
import com.lyrox.conversations.ConversationMessenger;
import com.lyrox.conversations.ConversationState;
import com.lyrox.conversations.ConversationStatus;
import com.lyrox.conversations.CustomerRef;
import com.lyrox.conversations.InboundMessage;
import com.lyrox.conversations.MessageView;
import com.lyrox.conversations.OutboundMessage;
import com.lyrox.conversations.RecordedMessage;
import com.lyrox.conversations.ReplyGenerator;
import com.lyrox.conversations.ReplyRequest;
import com.lyrox.customers.CustomerContact;
import com.lyrox.customers.CustomerDirectory;
import com.lyrox.platform.CpuSlots;
import com.lyrox.tenants.Companies;
import com.lyrox.turns.TurnSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * What happens to one inbound message, in order: keep it (customer and conversation), then
 * opt-out, human handling, rate limit, debounce and the plan's AI allowance decide whether and
 * when to answer, and the turn is claimed before the reply goes out, so it is answered once at
 * most, even when the job runs again after a crash; a run that died after the claim but before
 * its reply started going out leaves the turn to the next run of the same job, so such a crash
 * loses no reply. Runs inside the message's tenant.
 */
@Component
class TurnPipeline {

    private final CustomerDirectory customers;
    private final ConversationLog conversations;
    private final Companies companies;
    private final ReplyGenerator replies;
    private final AiQuota quota;
    private final ConversationMessenger messenger;
    private final StringRedisTemplate redis;
    private final TurnSettings settings;
    private final Clock clock;

    TurnPipeline(CustomerDirectory customers, ConversationLog conversations, Companies companies, ReplyGenerator replies,
                 AiQuota quota, ConversationMessenger messenger, StringRedisTemplate redis, TurnSettings settings, Clock clock) {
        this.customers = customers;
        this.conversations = conversations;
        this.companies = companies;
        this.replies = replies;
        this.quota = quota;
        this.messenger = messenger;
        this.redis = redis;
        this.settings = settings;
        this.clock = clock;
    }

    /** Handles a message that was queued at {@code queuedAt}. */
    void handle(InboundMessage message, Instant queuedAt) {
        CustomerContact customer = customers.recordContact(phone(message.waId()), message.userId(),
                message.profileName(), message.sentAt());
        CustomerRef ref = new CustomerRef(customer.id(), customer.phone(), customer.name(), customer.stage().name(),
                customer.tags());
        RecordedMessage recorded = conversations.recordInbound(ref, message);
        UUID conversationId = recorded.conversationId();
        String language = companies.find(message.companyId()).map(c -> c.language()).orElse("es");

        if (OptOutKeywords.isStop(message.text())) {
            if (conversations.claimTurn(conversationId, recorded.seq()).isPresent() && !customer.optedOut()) {
                customers.optOut(customer.id());
                messenger.send(conversationId, Author.SYSTEM, OutboundMessage.text(OptOutKeywords.stopConfirmation(language)));
            }
            return;
        }
        if (OptOutKeywords.isStart(message.text()) && customer.optedOut()) {
            if (conversations.claimTurn(conversationId, recorded.seq()).isPresent()) {
                customers.optIn(customer.id());
                messenger.send(conversationId, Author.SYSTEM, OutboundMessage.text(OptOutKeywords.startConfirmation(language)));
            }
            return;
        }
        if (customer.optedOut() || recorded.status() == ConversationStatus.HUMAN_HANDLING
                || overRateLimit(message, customer)) {
            return;
        }
        waitForBurstToEnd(queuedAt);
        ConversationState state = conversations.state(conversationId).orElseThrow();
        if (state.inboundCount() > recorded.inboundOrdinal() || state.status() != ConversationStatus.AI_ACTIVE) {
            return;
        }
        OptionalLong turnFrom = conversations.claimTurn(conversationId, recorded.seq());
        if (turnFrom.isEmpty()) {
            return;
        }
        if (!quota.consume(message.companyId()).allowed()) {
            conversations.handOffToHuman(conversationId, "This month's AI interactions are used up; a person answers");
            return;
        }
        List<MessageView> turn = conversations.inboundBetween(conversationId, turnFrom.getAsLong(), recorded.seq());
        messenger.markRead(state, message.messageId());
        var request = new ReplyRequest(message.companyId(), conversationId, ref, turn, language, state.summary());
        List<OutboundMessage> answer = replies.reply(request);
        conversations.replyingTo(conversationId, recorded.seq());
        for (OutboundMessage reply : answer) {
            if (!messenger.send(state, Author.AI, reply).sent()) {
                break;
            }
        }
    }

    /** More than the limit this minute: kept, and answered with the next turn instead of one by one. */
    private boolean overRateLimit(InboundMessage message, CustomerContact customer) {
        String key = "rl:" + message.companyId() + ":" + (customer.phone() != null ? customer.phone() : message.userId());
        Long count = redis.opsForValue().increment(key);
        if (count != null && count == 1L) {
            redis.expire(key, Duration.ofMinutes(1));
        }
        return count != null && count > settings.rateLimitPerMinute();
    }

    /**
     * Waits out the debounce window without a turn slot. The slot is given back even when the
     * window has already passed (a busy moment): the jobs of the same burst, queued for a slot
     * before this one, then record their messages before this turn looks at the conversation, and
     * the burst is still answered as one turn.
     */
    private void waitForBurstToEnd(Instant queuedAt) {
        long wait = Duration.between(clock.instant(), queuedAt.plus(settings.debounceWindow())).toMillis();
        try (var away = CpuSlots.stepAway()) {
            if (wait > 0) {
                Thread.sleep(wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a burst to end", e);
        }
    }

    private static String phone(String waId) {
        if (waId == null || !waId.matches("[1-9][0-9]{6,14}")) {
            return null;
        }
        return "+" + waId;
    }
}
