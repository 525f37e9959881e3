package com.lyrox.conversations;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The conversation history as the message path writes it. Every write is idempotent, so a
 * job that runs twice (a worker crashed and another reclaimed it) changes nothing twice.
 * All calls act within the current tenant.
 */
public interface ConversationLog {

    /** Stores an inbound message once per WhatsApp id; a repeat answers where it already is. */
    RecordedMessage recordInbound(CustomerRef customer, InboundMessage message);

    /** Stores a message the business sent (or tried to send) in the conversation. */
    RecordedMessage recordOutbound(UUID conversationId, Author author, OutboundMessage message, String messageId,
                                   DeliveryStatus status, Integer errorCode, String errorMessage);

    /** Applies a status webhook to an outbound message, never moving it backwards. */
    StatusOutcome applyStatus(String messageId, DeliveryStatus status, Instant at, Integer errorCode, String errorMessage);

    /** What became of a status webhook. */
    enum StatusOutcome {
        /** The message moved forward. */
        APPLIED,
        /** The message already has this status or a later one. */
        OUTDATED,
        /** No outbound message has this id (yet: the status may have overtaken the send's record). */
        UNKNOWN_MESSAGE
    }

    Optional<ConversationState> state(UUID conversationId);

    /**
     * The last {@code limit} messages recorded up to {@code throughSeq}, oldest first by when they
     * were sent: the context of a turn.
     */
    List<MessageView> recent(UUID conversationId, long throughSeq, int limit);

    /**
     * The inbound messages recorded after {@code afterSeq} up to {@code throughSeq}, in the order the
     * customer sent them: one turn to answer.
     */
    List<MessageView> inboundBetween(UUID conversationId, long afterSeq, long throughSeq);

    /**
     * Claims the turn that ends at {@code throughSeq} for the job of the message at that place:
     * answers the place after which the turn starts, or nothing when the turn is not this job's to
     * answer. A turn is claimed once, and the reply is sent only after the claim, so no turn is
     * answered twice. Only the job of the message at {@code throughSeq} claims up to it, so finding
     * the turn claimed, nothing recorded after it and no reply started ({@link #replyingTo}) means
     * an earlier run of the same job claimed it and died before replying (a crash, a killed JVM):
     * the turn is handed out again, and such a crash loses no turn.
     */
    OptionalLong claimTurn(UUID conversationId, long throughSeq);

    /**
     * Notes that the reply to the turn ending at {@code throughSeq} is about to go out. From then
     * on the turn is never handed out again: the reply may have reached WhatsApp even if its
     * sender died before recording it, and a second one must not follow.
     */
    void replyingTo(UUID conversationId, long throughSeq);

    /** Replaces the rolling summary: key points, the recommended next action and the customer's mood. */
    void summarize(UUID conversationId, String summary, String nextAction, String sentiment);

    /** A person must answer (asked for, or the AI could not). */
    void handOffToHuman(UUID conversationId, String reason);

    /** A free-form reply could not go out (24 h window closed): a template is needed. */
    void flagNeedsTemplate(UUID conversationId, boolean needed);
}
