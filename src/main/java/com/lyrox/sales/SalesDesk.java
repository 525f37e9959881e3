package com.lyrox.sales;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/** What other modules (the sales agent) may do with sales, within the current company. */
public interface SalesDesk {

    /** A PENDING sale of the product at its catalog price; the product must be active. */
    PendingSale openPending(UUID customerId, UUID productId);

    /**
     * A PENDING sale of the product at this amount (a booked slot's price), paid through the
     * product's link; its own checkout, when the company's provider makes them, comes from
     * {@link #issueCheckout} once the caller's transaction is over.
     */
    PendingSale openPending(UUID customerId, UUID productId, BigDecimal amount, String currency);

    /**
     * A checkout of the pending sale's exact amount at the company's provider, kept as the link
     * the sale is paid through; empty when no provider makes one (the product's link stays). Call
     * it outside any transaction: it waits on the provider.
     */
    Optional<String> issueCheckout(UUID saleId);

    /** The link a pending sale is paid through, as it was sent; empty when it has none (or there is no such sale). */
    Optional<String> paymentLinkOf(UUID saleId);

    /** The current company's sale; empty when it has none of that id. */
    Optional<SaleState> find(UUID saleId);

    /**
     * The current company's sale, locked until the transaction ends (events about one sale are
     * applied one after the other); empty when it has none of that id.
     */
    Optional<SaleState> lockForPayment(UUID saleId);

    /** The current company's sale a provider's payment was recorded on. */
    Optional<SaleState> findByPaymentId(String paymentId);

    /**
     * A PENDING sale paid through a provider: COMPLETED with the provider, method and payment id
     * kept, and {@link SaleCompleted} raised. False (nothing changes) when the sale is not pending.
     */
    boolean completePaid(UUID saleId, String provider, String paymentMethod, String paymentId);

    /** A COMPLETED sale refunded at the provider: REFUNDED and {@link SaleRefunded}; false when it was not completed. */
    boolean refundPaid(UUID saleId);

    /** A sale as a payment provider's event is checked against it. */
    record SaleState(UUID id, UUID customerId, BigDecimal amount, String currency, PaymentStatus status, String paymentId) {
    }

    /** The sale just opened, and what the customer pays where. */
    record PendingSale(UUID saleId, UUID productId, String productName, BigDecimal amount, String currency,
                       String paymentLink) {
    }
}
