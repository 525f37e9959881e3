package com.lyrox.sales.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.Money;
import com.lyrox.platform.TenantOwnedEntity;
import com.lyrox.sales.PaymentStatus;
import com.lyrox.sales.SalesDesk;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A purchase of a product by a customer and where its payment stands. */
@Entity
@Table(name = "sales")
class Sale extends TenantOwnedEntity {

    @Column(name = "customer_id", nullable = false, updatable = false)
    private UUID customerId;

    @Column(name = "product_id", nullable = false, updatable = false)
    private UUID productId;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "payment_method")
    private String paymentMethod;

    @Column(name = "payment_id")
    private String paymentId;

    @Column(name = "payment_provider")
    private String paymentProvider;

    @Column(name = "payment_url")
    private String paymentUrl;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_status", nullable = false)
    private PaymentStatus status = PaymentStatus.PENDING;

    @Column(name = "sale_date", nullable = false)
    private Instant saleDate;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected Sale() {
    }

    Sale(UUID customerId, UUID productId, BigDecimal amount, String currency, String paymentMethod,
         String paymentId, Instant saleDate) {
        this.customerId = customerId;
        this.productId = productId;
        this.amount = Money.amount(amount);
        this.currency = currency;
        this.paymentMethod = paymentMethod;
        this.paymentId = paymentId;
        this.saleDate = saleDate;
    }

    void complete(String newPaymentId, Instant at) {
        requireStatus(PaymentStatus.PENDING, "complete");
        this.status = PaymentStatus.COMPLETED;
        this.completedAt = at;
        if (newPaymentId != null) {
            this.paymentId = newPaymentId;
        }
    }

    /** Paid through a provider: its name, the method the customer used and the provider's payment id are kept. */
    void completeThrough(String provider, String method, String newPaymentId, Instant at) {
        complete(newPaymentId, at);
        this.paymentProvider = provider;
        if (method != null) {
            this.paymentMethod = method;
        }
    }

    PaymentStatus status() {
        return status;
    }

    /** The link it is paid through, as sent to the customer. */
    void payThrough(String url) {
        this.paymentUrl = url;
    }

    String paymentUrl() {
        return paymentUrl;
    }

    SalesDesk.SaleState toState() {
        return new SalesDesk.SaleState(getId(), customerId, amount, currency, status, paymentId);
    }

    void refund() {
        requireStatus(PaymentStatus.COMPLETED, "refund");
        this.status = PaymentStatus.REFUNDED;
    }

    void fail() {
        requireStatus(PaymentStatus.PENDING, "mark as failed");
        this.status = PaymentStatus.FAILED;
    }

    private void requireStatus(PaymentStatus expected, String action) {
        if (status != expected) {
            throw ApiProblem.conflict("paymentStatus",
                    "Only a " + expected + " sale can " + action + "; this one is " + status);
        }
    }

    UUID customerId() {
        return customerId;
    }

    UUID productId() {
        return productId;
    }

    BigDecimal amount() {
        return amount;
    }

    String currency() {
        return currency;
    }

    View toView() {
        return new View(getId(), customerId, productId, amount, currency, paymentMethod, paymentId, paymentProvider, status,
                saleDate, completedAt, getCreatedAt());
    }

    /** A sale as the API shows it. */
    @Schema(name = "Sale")
    record View(UUID id, UUID customerId, UUID productId,
                @Schema(type = "string", example = "98.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
                @Schema(example = "USD") String currency,
                @Schema(example = "stripe") String paymentMethod,
                @Schema(example = "pi_3Nq...") String paymentId,
                @Schema(example = "STRIPE", description = "The provider whose webhook completed the sale; absent when "
                        + "completed by hand") String paymentProvider,
                @Schema(example = "PENDING") PaymentStatus paymentStatus,
                @JsonFormat(shape = JsonFormat.Shape.STRING) Instant saleDate,
                @JsonFormat(shape = JsonFormat.Shape.STRING) Instant completedAt,
                @JsonFormat(shape = JsonFormat.Shape.STRING) Instant createdAt) {
    }
}
