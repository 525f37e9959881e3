package com.lyrox.sales;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/**
 * Makes a checkout for one sale at a payment provider (a page for its exact amount that names
 * the sale), when the current company has connected one that can. Implemented by the payments
 * module; without it, or when it cannot, a sale is paid through its product's link.
 */
public interface CheckoutIssuer {

    /** The checkout page's URL; empty when the company has no provider that makes checkouts, or it failed. */
    Optional<String> checkoutFor(SaleToPay sale);

    /** What a checkout is made for. */
    record SaleToPay(UUID saleId, String productName, BigDecimal amount, String currency) {
    }
}
