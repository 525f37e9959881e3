package com.lyrox.agents;

import java.time.Instant;
import java.util.List;

/** The questions the agent searched the knowledge base for and found nothing, within the current company. */
public interface KnowledgeGaps {

    /** A question asked (in its latest wording) and how many times, the same words up to case and punctuation. */
    record Gap(String question, long times, Instant lastAsked) {
    }

    /** The {@code most} questions asked most often in [from, to), then most recently. */
    List<Gap> between(Instant from, Instant to, int most);
}
