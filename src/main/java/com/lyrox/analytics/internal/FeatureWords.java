package com.lyrox.analytics.internal;

/** A model feature in words, for the settings page. */
final class FeatureWords {

    private FeatureWords() {
    }

    static String of(String feature) {
        return switch (feature) {
            case "price_questions" -> "asked for the price";
            case "buying_intents" -> "said they want to buy";
            case "objections" -> "raised objections";
            case "complaints" -> "complained";
            case "booking_intents" -> "asked to book";
            case "human_requests" -> "asked for a person";
            case "links_sent" -> "got a payment link";
            case "turns" -> "messages answered";
            case "tags" -> "tags from the team";
            case "negative_share" -> "share of objections and complaints";
            case "slow_replies" -> "waited long for replies";
            default -> feature;
        };
    }
}
