package com.lyrox.sales;

import java.math.BigDecimal;
import java.util.UUID;

/** A paid sale was refunded. */
public record SaleRefunded(UUID companyId, UUID saleId, UUID customerId, BigDecimal amount, String currency) {
}
