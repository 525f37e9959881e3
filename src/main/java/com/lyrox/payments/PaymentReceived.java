package com.lyrox.payments;

import java.math.BigDecimal;
import java.util.UUID;

/** A provider confirmed that a sale was paid, and the sale is now COMPLETED. */
public record PaymentReceived(UUID companyId, UUID saleId, UUID customerId, BigDecimal amount, String currency,
                              PaymentProvider provider) {
}
