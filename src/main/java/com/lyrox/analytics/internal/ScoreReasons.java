package com.lyrox.analytics.internal;

/** A score factor's words, from its code and the customer's features. */
final class ScoreReasons {

    private ScoreReasons() {
    }

    static String text(String code, LeadFeatures lead) {
        var turns = lead.turns();
        return switch (code) {
            case "price_questions" -> times("asked for the price", turns.priceQuestions());
            case "buying_intents" -> times("said they want to buy", turns.buyingIntents());
            case "links_sent" -> turns.linksSent() == 1 ? "got a payment link" : "got " + turns.linksSent() + " payment links";
            case "unpaid_link" -> "payment link sent, not paid";
            case "booking_intents" -> times("asked to book", turns.bookingIntents());
            case "complaints" -> times("complained", turns.complaints());
            case "objections" -> times("raised an objection", turns.objections());
            case "human_requests" -> times("asked for a person", turns.humanRequests());
            case "turns" -> turns.turns() == 1 ? "1 message answered" : turns.turns() + " messages answered";
            case "tags" -> "tagged by the team";
            case "days_silent" -> "no answer for " + (int) lead.daysSilent() + " days";
            case "bought" -> times("bought", lead.sales().completed());
            case "refunded" -> "had a refund";
            case "negative_share" -> "mostly objections and complaints";
            case "slow_replies" -> "waited " + waited(lead.waitMinutes()) + " for replies (median)";
            default -> code;
        };
    }

    private static String waited(double minutes) {
        return minutes < 90 ? Math.round(minutes) + " min" : Math.round(minutes / 60) + " h";
    }

    private static String times(String what, int count) {
        return count <= 1 ? what : what + " " + count + " times";
    }
}
