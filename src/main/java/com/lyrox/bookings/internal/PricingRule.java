package com.lyrox.bookings.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.lyrox.platform.Money;
import com.lyrox.platform.TenantOwnedEntity;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Peak hours or weekends: a price for slots starting on these days within these hours. */
@Entity
@Table(name = "booking_pricing_rules")
class PricingRule extends TenantOwnedEntity {

    @Column(name = "resource_id")
    private UUID resourceId;

    @Column(nullable = false)
    private String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "smallint[]", nullable = false)
    private List<Short> days = new ArrayList<>();

    @Column(name = "from_minute", nullable = false)
    private int fromMinute;

    @Column(name = "to_minute", nullable = false)
    private int toMinute;

    @Column(precision = 6, scale = 3)
    private BigDecimal multiplier;

    @Column(name = "fixed_price", precision = 12, scale = 2)
    private BigDecimal fixedPrice;

    protected PricingRule() {
    }

    PricingRule(PricingRuleRequest request) {
        apply(request);
    }

    void apply(PricingRuleRequest request) {
        this.resourceId = request.resourceId();
        this.name = request.name().strip();
        this.days = request.days().stream().distinct().sorted().map(day -> (short) day.getValue()).toList();
        this.fromMinute = ClockMinutes.parse("from", request.from());
        this.toMinute = ClockMinutes.parse("to", request.to());
        this.multiplier = request.multiplier();
        this.fixedPrice = request.price() == null ? null : Money.amount(request.price());
    }

    /** Whether the rule prices this resource's slots (its own rule, or one for every resource). */
    boolean appliesTo(UUID resource) {
        return resourceId == null || resourceId.equals(resource);
    }

    SlotCalendar.PriceRule rule() {
        return new SlotCalendar.PriceRule(days.stream().map(DayOfWeek::of).toList(), fromMinute, toMinute,
                multiplier, fixedPrice);
    }

    View toView() {
        return new View(getId(), resourceId, name, days.stream().map(DayOfWeek::of).toList(),
                ClockMinutes.format(fromMinute), ClockMinutes.format(toMinute), multiplier, fixedPrice);
    }

    /** A pricing rule as the API shows it. */
    @Schema(name = "BookingPricingRule")
    record View(UUID id, @Schema(description = "Absent: every resource") UUID resourceId,
                @Schema(example = "Peak hours") String name,
                @Schema(example = "[\"MONDAY\",\"TUESDAY\"]") List<DayOfWeek> days,
                @Schema(example = "18:00") String from, @Schema(example = "22:00") String to,
                @Schema(type = "string", example = "1.5") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal multiplier,
                @Schema(type = "string", example = "200000.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price) {
    }
}
