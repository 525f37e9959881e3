package com.lyrox.sales;

import java.math.BigDecimal;
import java.util.UUID;

/** A sale was paid. */
public record SaleCompleted(UUID companyId, UUID saleId, UUID customerId, BigDecimal amount, String currency) {
}
