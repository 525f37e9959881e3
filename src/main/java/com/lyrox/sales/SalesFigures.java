package com.lyrox.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The current company's paid sales, for reports. */
public interface SalesFigures {

    /** Sales completed (paid and not refunded) within [from, to). */
    List<CompletedSale> completedBetween(Instant from, Instant to);

    /** When a sale was paid, and how much. */
    record CompletedSale(Instant completedAt, BigDecimal amount, String currency) {
    }
}
