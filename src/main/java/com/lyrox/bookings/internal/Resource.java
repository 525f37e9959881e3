package com.lyrox.bookings.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.lyrox.platform.Money;
import com.lyrox.platform.TenantOwnedEntity;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Something that is booked by the slot: a court, a room, a coach's hour. */
@Entity
@Table(name = "booking_resources")
class Resource extends TenantOwnedEntity {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String type;

    @Column(name = "channel_id")
    private UUID channelId;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "slot_minutes", nullable = false)
    private int slotMinutes;

    @Column(name = "buffer_minutes", nullable = false)
    private int bufferMinutes;

    @Column(name = "min_notice_minutes", nullable = false)
    private int minNoticeMinutes;

    @Column(name = "max_days_ahead", nullable = false)
    private int maxDaysAhead;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal price;

    @Column(nullable = false, length = 3)
    private String currency;

    private String timezone;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "payment_product_id")
    private UUID paymentProductId;

    protected Resource() {
    }

    Resource(ResourceRequest request) {
        apply(request);
    }

    /** Replaces every setting with the request's (defaults where it leaves one out). */
    void apply(ResourceRequest request) {
        this.name = request.name().strip();
        this.type = request.effectiveType();
        this.channelId = request.channelId();
        this.capacity = request.capacity() != null ? request.capacity() : 1;
        this.slotMinutes = request.slotMinutes() != null ? request.slotMinutes() : 60;
        this.bufferMinutes = request.bufferMinutes() != null ? request.bufferMinutes() : 0;
        this.minNoticeMinutes = request.minNoticeMinutes() != null ? request.minNoticeMinutes() : 60;
        this.maxDaysAhead = request.maxDaysAhead() != null ? request.maxDaysAhead() : 60;
        this.price = Money.amount(request.price());
        this.currency = request.currency();
        this.timezone = request.timezone();
        this.active = request.active() == null || request.active();
        this.paymentProductId = request.paymentProductId();
    }

    String name() {
        return name;
    }

    String type() {
        return type;
    }

    boolean active() {
        return active;
    }

    int capacity() {
        return capacity;
    }

    Duration slot() {
        return Duration.ofMinutes(slotMinutes);
    }

    Duration buffer() {
        return Duration.ofMinutes(bufferMinutes);
    }

    Duration minNotice() {
        return Duration.ofMinutes(minNoticeMinutes);
    }

    int maxDaysAhead() {
        return maxDaysAhead;
    }

    BigDecimal price() {
        return price;
    }

    String currency() {
        return currency;
    }

    /** The resource's own zone, or null to use the company's. */
    String timezone() {
        return timezone;
    }

    /** The product whose payment link pays for its chat bookings; null when none is asked. */
    UUID paymentProductId() {
        return paymentProductId;
    }

    View toView() {
        return new View(getId(), name, type, channelId, capacity, slotMinutes, bufferMinutes, minNoticeMinutes,
                maxDaysAhead, price, currency, timezone, active, paymentProductId, getCreatedAt());
    }

    /** A resource as the API shows it. */
    @Schema(name = "BookingResource")
    record View(UUID id, @Schema(example = "Lapangan Futsal 1") String name, @Schema(example = "futsal") String type,
                UUID channelId, @Schema(example = "1") int capacity, @Schema(example = "60") int slotMinutes,
                @Schema(example = "0") int bufferMinutes, @Schema(example = "60") int minNoticeMinutes,
                @Schema(example = "60") int maxDaysAhead,
                @Schema(type = "string", example = "150000.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price,
                @Schema(example = "IDR") String currency,
                @Schema(description = "Absent: the company's time zone", example = "Asia/Jakarta") String timezone,
                boolean active,
                @Schema(description = "The product whose payment link pays for chat bookings; absent: no payment asked")
                UUID paymentProductId,
                @JsonFormat(shape = JsonFormat.Shape.STRING) Instant createdAt) {
    }
}
