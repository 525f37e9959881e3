package com.lyrox.customers;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** What lead scoring reads of customers and writes back: their facts and their scores, within the current company. */
public interface LeadScores {

    /** What a customer's record says, as scoring reads it. */
    record Facts(UUID customerId, Stage stage, int tags, Instant firstContact, Instant lastInteraction, int totalInteractions) {
    }

    /** A customer's score (0–100), when it was computed and its main factors. */
    record Score(UUID customerId, int score, List<ScoreFactor> factors, Instant scoredAt) {
    }

    List<Facts> facts(Collection<UUID> customerIds);

    /** Up to {@code limit} of the company's customers after {@code after} (null: from the start), by id. */
    List<UUID> idsAfter(UUID after, int limit);

    /** Writes the scores; a customer deleted meanwhile is passed over. */
    void record(List<Score> scores);

    /** A lead worth a call: who, how to reach them, their score and why. */
    record Ranked(UUID customerId, String name, String phone, Stage stage, int score, List<ScoreFactor> factors,
                  Instant lastInteraction) {
    }

    /** The {@code most} best-scored customers who have not bought yet (LEAD or QUALIFIED), best first. */
    List<Ranked> bestLeads(int most);
}
