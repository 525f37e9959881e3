package com.lyrox.analytics.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The points-based score a company starts with, before its own sales have taught a model: what
 * a salesperson would count for and against a lead. Also the part of the score that reads
 * recency, which the learned model leaves out (a buyer's history ends when they buy, a lead's
 * goes on, so silence would teach it nothing true).
 */
final class PriorScore {

    static final int BASE = 10;

    private PriorScore() {
    }

    /** Points by factor code (the model's feature names where they match). */
    static Map<String, Integer> points(LeadFeatures lead) {
        Map<String, Integer> points = new LinkedHashMap<>();
        var turns = lead.turns();
        put(points, "price_questions", 8 * Math.min(turns.priceQuestions(), 2));
        put(points, "buying_intents", 18 * Math.min(turns.buyingIntents(), 2));
        put(points, "links_sent", 12 * Math.min(turns.linksSent(), 2));
        put(points, "booking_intents", 8 * Math.min(turns.bookingIntents(), 2));
        put(points, "complaints", -12 * Math.min(turns.complaints(), 2));
        put(points, "objections", -6 * Math.min(turns.objections(), 2));
        put(points, "turns", (int) Math.round(1.5 * Math.min(turns.turns(), 10)));
        put(points, "tags", lead.tags() > 0 ? 4 : 0);
        put(points, "slow_replies", lead.waitMinutes() >= 240 ? -10 : lead.waitMinutes() >= 60 ? -5 : 0);
        put(points, "days_silent", lead.daysSilent() >= 3 ? -(int) Math.min(Math.floor(lead.daysSilent()), 30) : 0);
        put(points, "bought", lead.sales().completed() > 0 ? 20 : 0);
        put(points, "unpaid_link", lead.sales().pending() > 0 ? 6 : 0);
        put(points, "refunded", lead.sales().refunded() > 0 ? -10 : 0);
        return points;
    }

    /** The prior's probability of buying, 0–1. */
    static double probability(Map<String, Integer> points) {
        int sum = BASE + points.values().stream().mapToInt(Integer::intValue).sum();
        return Math.max(0, Math.min(100, sum)) / 100.0;
    }

    private static void put(Map<String, Integer> points, String code, int value) {
        if (value != 0) {
            points.put(code, value);
        }
    }
}
