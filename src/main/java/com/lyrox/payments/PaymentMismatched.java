package com.lyrox.payments;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A provider reported a payment for a sale of another amount or currency: recorded and flagged to
 * the owner, the sale left as it was.
 */
public record PaymentMismatched(UUID companyId, UUID saleId, PaymentProvider provider, String eventId,
                                BigDecimal expectedAmount, String expectedCurrency,
                                BigDecimal receivedAmount, String receivedCurrency) {
}
