package com.lyrox.sales;

import java.math.BigDecimal;
import java.util.UUID;

/** What other modules (the sales agent) may do with sales, within the current company. */
public interface SalesDesk {

    /** A PENDING sale of the product at its catalog price; the product must be active. */
    PendingSale openPending(UUID customerId, UUID productId);

    /** A PENDING sale of the product at this amount (a booked slot's price), paid through the product's link. */
    PendingSale openPending(UUID customerId, UUID productId, BigDecimal amount, String currency);

    /** The sale just opened, and what the customer pays where. */
    record PendingSale(UUID saleId, UUID productId, String productName, BigDecimal amount, String currency,
                       String paymentLink) {
    }
}
