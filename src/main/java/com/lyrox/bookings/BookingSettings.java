package com.lyrox.bookings;

import com.lyrox.tenants.Plan;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lyrox.bookings.*}.
 *
 * @param holdDuration   how long a HELD booking keeps its slot before it expires by itself
 * @param expiryInterval how often the holds that ran out are expired (also at once when they are in the way)
 * @param conflictAlternatives how many of the nearest free slots a 409 on a taken slot suggests
 * @param noShowLimit    no-shows after which a customer can no longer book through the chat, until the owner lifts it
 * @param reminderBefore how long before a confirmed booking its customer is reminded on WhatsApp (0: no reminders)
 * @param reminderInterval how often the reminders that are due are sent
 * @param reminderTemplate the approved template sent as the reminder when the 24 h window is closed
 * @param waitlistClaimHold how long a freed slot is held for the first customer in its waitlist (never past its start)
 * @param plans          what each plan includes: bookings made a month and resources (-1: unlimited, 0: none).
 *                       By default FREE (the trial) and PROFESSIONAL 200 and 15, STARTER (chat only) none,
 *                       ENTERPRISE unlimited
 */
@ConfigurationProperties("lyrox.bookings")
public record BookingSettings(
        @DefaultValue("15m") Duration holdDuration,
        @DefaultValue("30s") Duration expiryInterval,
        @DefaultValue("3") int conflictAlternatives,
        @DefaultValue("3") int noShowLimit,
        @DefaultValue("2h") Duration reminderBefore,
        @DefaultValue("60s") Duration reminderInterval,
        @DefaultValue("booking_reminder") String reminderTemplate,
        @DefaultValue("24h") Duration waitlistClaimHold,
        Map<Plan, PlanLimits> plans) {

    /** Bookings made in a calendar month (UTC) and resources a plan includes; -1: unlimited. */
    public record PlanLimits(@DefaultValue("200") long bookingsPerMonth, @DefaultValue("15") long resources) {

        static final PlanLimits NONE = new PlanLimits(0, 0);

        public boolean includesBookings() {
            return bookingsPerMonth != 0 && resources != 0;
        }
    }

    private static final Map<Plan, PlanLimits> DEFAULT_PLANS = Map.of(
            Plan.FREE, new PlanLimits(200, 15),
            Plan.STARTER, PlanLimits.NONE,
            Plan.PROFESSIONAL, new PlanLimits(200, 15),
            Plan.ENTERPRISE, new PlanLimits(-1, -1));

    /** What {@code plan} includes: the configured limits, else the defaults. */
    public PlanLimits limits(Plan plan) {
        if (plans != null && plans.containsKey(plan)) {
            return plans.get(plan);
        }
        return DEFAULT_PLANS.getOrDefault(plan, PlanLimits.NONE);
    }
}
