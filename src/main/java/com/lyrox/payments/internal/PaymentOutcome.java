package com.lyrox.payments.internal;

/** What Lyrox did with a provider event, as the event log and the webhook's answer say. */
enum PaymentOutcome {
    /** The sale was pending and is now COMPLETED. */
    COMPLETED,
    /** The sale was completed and is now REFUNDED. */
    REFUNDED,
    /** A payment attempt failed: recorded, the sale left pending so the customer may pay again. */
    FAILED,
    /** A refund of a sale not completed yet: applied as soon as the payment's completion arrives. */
    REFUND_WAITING,
    /** A payment started but not finished: nothing changes until the provider says how it ended. */
    WAITING_FOR_PAYMENT,
    /** Paid another amount or currency than the sale's: flagged to the owner, the sale unchanged. */
    AMOUNT_MISMATCH,
    /** No sale of this company has that id or payment id. */
    UNKNOWN_SALE,
    /** The sale is not in a state the event applies to (completed already, refunded, failed). */
    ALREADY_SETTLED,
    /** An event Lyrox does not act on. */
    IGNORED,
    /** The same event received before: nothing changes. */
    DUPLICATE
}
