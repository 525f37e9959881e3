package com.lyrox.turns;

import java.util.List;
import java.util.UUID;

/**
 * The durable inbox between a channel's webhook and the turns: an event is queued exactly once
 * however often the channel delivers it, and never remembered without being queued.
 */
public interface InboundQueue {

    /** Queues the events not seen before, all in one round trip; answers how many were new. */
    int enqueue(List<CompanyEvents> batch);

    /** The events of one webhook body for one company. */
    record CompanyEvents(UUID companyId, List<InboundEvent> events) {
    }
}
