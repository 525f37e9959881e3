package com.lyrox.analytics.internal;

import com.lyrox.agents.TurnSignals;
import com.lyrox.customers.LeadScores;
import com.lyrox.sales.SaleSignals;
import java.time.Duration;
import java.time.Instant;

/**
 * What is known of a customer at a moment, as lead scoring reads it: their turns by intent, links
 * sent, sales, tags, how long they waited for the business's replies (the median, in minutes) and
 * how long they have been silent.
 * <p>
 * The learned model reads no measure of time: a buyer's history is taken as it was when they
 * bought, a lead's as it is now, so how long either has been known or silent differs by how it is
 * measured, not by what the customer did (a model given it ranks every buyer first and learns
 * nothing). Silence counts in the points only.
 */
record LeadFeatures(TurnSignals.Signals turns, SaleSignals.Signals sales, int tags, double waitMinutes, double daysSilent) {

    /** The features the learned model reads, in this order. */
    static final String[] NAMES = {"price_questions", "buying_intents", "objections", "complaints", "booking_intents",
        "human_requests", "links_sent", "turns", "tags", "negative_share", "slow_replies"};

    static LeadFeatures of(LeadScores.Facts facts, TurnSignals.Signals turns, SaleSignals.Signals sales, Double waitMinutes,
                           Instant at) {
        Instant last = facts.lastInteraction() == null || facts.lastInteraction().isAfter(at) ? at : facts.lastInteraction();
        return new LeadFeatures(turns, sales, facts.tags(), waitMinutes == null ? 0 : waitMinutes, days(last, at));
    }

    /** The model's inputs: counts on a log scale, so that the tenth question weighs less than the first. */
    double[] values() {
        return new double[] {log(turns.priceQuestions()), log(turns.buyingIntents()), log(turns.objections()),
            log(turns.complaints()), log(turns.bookingIntents()), log(turns.humanRequests()), log(turns.linksSent()),
            log(turns.turns()), log(tags),
            (turns.objections() + turns.complaints()) / (double) Math.max(1, turns.turns()), Math.log1p(waitMinutes)};
    }

    private static double log(int count) {
        return Math.log1p(count);
    }

    private static double days(Instant from, Instant to) {
        return from == null || from.isAfter(to) ? 0 : Duration.between(from, to).toHours() / 24.0;
    }
}
