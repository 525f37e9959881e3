package com.lyrox.billing;

import java.math.BigDecimal;
import java.util.UUID;

/** Stripe could not charge the renewal of a company's plan: the owner is told, Stripe retries by its own schedule. */
public record PlanPaymentFailed(UUID companyId, String invoiceNumber, BigDecimal amountDue, String currency) {
}
