package com.lyrox.sales;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** What a customer's sales say about them, for lead scoring, within the current company. */
public interface SaleSignals {

    /** A customer's sales: paid, when the first was paid, waiting for payment (a link sent), refunded. */
    record Signals(UUID customerId, int completed, Instant firstCompletedAt, int pending, int refunded) {

        public static Signals none(UUID customerId) {
            return new Signals(customerId, 0, null, 0, 0);
        }
    }

    /** The customers' signals; a customer without sales is absent. */
    Map<UUID, Signals> byCustomer(Collection<UUID> customerIds);

    /** How many of the company's customers have paid at least once. */
    long buyers();
}
