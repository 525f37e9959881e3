package com.lyrox.agents;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** What the agent read in a customer's turns, for lead scoring, within the current company. */
public interface TurnSignals {

    /** A customer's answered turns by intent, and the payment links the agent sent them. */
    record Signals(UUID customerId, int turns, int priceQuestions, int buyingIntents, int objections, int complaints,
                   int bookingIntents, int humanRequests, int linksSent) {

        public static Signals none(UUID customerId) {
            return new Signals(customerId, 0, 0, 0, 0, 0, 0, 0, 0);
        }
    }

    /**
     * The signals of each customer, counting only turns up to the customer's moment when one is
     * given (null: all of them); a customer without turns is absent.
     */
    Map<UUID, Signals> byCustomer(Map<UUID, Instant> until);
}
