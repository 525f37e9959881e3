package com.lyrox.sales;

/** Where a sale's payment stands. */
public enum PaymentStatus {
    PENDING, COMPLETED, REFUNDED, FAILED
}
