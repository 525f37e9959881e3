package com.lyrox.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The current company's paid sales per quarter of an hour and currency, for reports. */
public interface SalesFigures {

    /**
     * Sales completed (paid and not refunded) per quarter of an hour (aligned to UTC) starting in
     * [from, to) and currency, oldest first.
     */
    List<CompletedSales> completedBetween(Instant from, Instant to);

    /** How many sales in one currency were paid in the quarter of an hour starting at {@code at}, and how much. */
    record CompletedSales(Instant at, String currency, long sales, BigDecimal amount) {
    }
}
