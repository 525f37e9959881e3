package com.lyrox.billing;

import java.math.BigDecimal;
import java.util.UUID;

/** A company's prepaid balance fell below {@code lyrox.billing.low-balance}: told once, until a deposit lifts it again. */
public record BalanceLow(UUID companyId, BigDecimal balance, String currency, BigDecimal threshold) {
}
