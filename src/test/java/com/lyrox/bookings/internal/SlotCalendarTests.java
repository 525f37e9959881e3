package com.lyrox.bookings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SlotCalendarTests {

    static final UUID RESOURCE = UUID.randomUUID();
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final Instant LONG_BEFORE = Instant.parse("2026-01-01T00:00:00Z");

    static SlotCalendar calendar(ZoneId zone, int slotMinutes, int bufferMinutes, int minNoticeMinutes, int capacity,
                                 List<SlotCalendar.Range> hours, SlotCalendar.PriceRule... rules) {
        var plan = new SlotCalendar.Plan(RESOURCE, zone, Duration.ofMinutes(slotMinutes), Duration.ofMinutes(bufferMinutes),
                Duration.ofMinutes(minNoticeMinutes), 730, capacity, new BigDecimal("100.00"), "USD");
        return new SlotCalendar(plan, hours, Arrays.asList(rules));
    }

    static List<SlotCalendar.Range> everyDay(int opensMinute, int closesMinute) {
        return Arrays.stream(DayOfWeek.values()).map(day -> new SlotCalendar.Range(day, opensMinute, closesMinute)).toList();
    }

    static List<String> localStarts(List<SlotCalendar.Slot> slots, ZoneId zone) {
        return slots.stream().map(slot -> slot.start().atZone(zone).toLocalTime().toString()).toList();
    }

    @Test
    void cutsOpeningRangesIntoSlotsFollowedByTheirBuffer() {
        var calendar = calendar(JAKARTA, 60, 30, 0, 1, List.of(
                new SlotCalendar.Range(DayOfWeek.MONDAY, 8 * 60, 12 * 60),
                new SlotCalendar.Range(DayOfWeek.MONDAY, 18 * 60, 24 * 60)));
        LocalDate monday = LocalDate.of(2026, 12, 7);

        var slots = calendar.freeSlots(monday, monday, LONG_BEFORE, List.of(), List.of());

        assertThat(localStarts(slots, JAKARTA)).containsExactly("08:00", "09:30", "11:00", "18:00", "19:30", "21:00", "22:30");
        assertThat(slots.get(slots.size() - 1).end()).isEqualTo(monday.plusDays(1).atStartOfDay(JAKARTA).minusMinutes(30).toInstant());
        assertThat(calendar.freeSlots(monday.plusDays(1), monday.plusDays(1), LONG_BEFORE, List.of(), List.of())).isEmpty();
    }

    @Test
    void skipsTheStartThatDoesNotExistWhenTheClockGoesForward() {
        var calendar = calendar(NEW_YORK, 60, 0, 0, 1, everyDay(0, 6 * 60));
        LocalDate springForward = LocalDate.of(2026, 3, 8);

        var slots = calendar.freeSlots(springForward, springForward, LONG_BEFORE, List.of(), List.of());

        assertThat(localStarts(slots, NEW_YORK)).containsExactly("00:00", "01:00", "03:00", "04:00", "05:00");
        assertThat(slots).allSatisfy(slot -> assertThat(Duration.between(slot.start(), slot.end())).hasHours(1));
    }

    @Test
    void keepsSlotsAnHourLongWhenTheClockGoesBack() {
        var calendar = calendar(NEW_YORK, 60, 0, 0, 1, everyDay(0, 4 * 60));
        LocalDate fallBack = LocalDate.of(2026, 11, 1);

        var slots = calendar.freeSlots(fallBack, fallBack, LONG_BEFORE, List.of(), List.of());

        assertThat(localStarts(slots, NEW_YORK)).containsExactly("00:00", "01:00", "02:00", "03:00");
        assertThat(slots).allSatisfy(slot -> assertThat(Duration.between(slot.start(), slot.end())).hasHours(1));
        assertThat(slots.get(1).start()).isEqualTo(Instant.parse("2026-11-01T05:00:00Z"));
    }

    @Test
    void leavesOutSlotsInsideTheMinimumNoticeAndClosures() {
        var calendar = calendar(JAKARTA, 60, 0, 120, 1, everyDay(8 * 60, 14 * 60));
        LocalDate day = LocalDate.of(2026, 12, 7);
        Instant now = day.atTime(8, 30).atZone(JAKARTA).toInstant();
        var closure = new SlotCalendar.Period(day.atTime(12, 30).atZone(JAKARTA).toInstant(),
                day.atTime(13, 0).atZone(JAKARTA).toInstant(), 1);

        var slots = calendar.freeSlots(day, day, now, List.of(), List.of(closure));

        assertThat(localStarts(slots, JAKARTA)).containsExactly("11:00", "13:00");
    }

    @Test
    void aTakenSlotBlocksItsBufferForTheNeighbours() {
        var calendar = calendar(JAKARTA, 60, 0, 0, 1, everyDay(8 * 60, 12 * 60));
        LocalDate day = LocalDate.of(2026, 12, 7);
        // A booking from 09:00 to 10:00 whose 15 minutes of buffer reach into the 10:00 slot.
        var taken = new SlotCalendar.Period(day.atTime(9, 0).atZone(JAKARTA).toInstant(),
                day.atTime(10, 15).atZone(JAKARTA).toInstant(), 1);

        assertThat(localStarts(calendar.freeSlots(day, day, LONG_BEFORE, List.of(taken), List.of()), JAKARTA))
                .containsExactly("08:00", "11:00");
    }

    @Test
    void aGroupClassStaysFreeUntilItsPlacesAreTaken() {
        var calendar = calendar(JAKARTA, 60, 0, 0, 2, everyDay(8 * 60, 10 * 60));
        LocalDate day = LocalDate.of(2026, 12, 7);
        Instant eight = day.atTime(8, 0).atZone(JAKARTA).toInstant();
        var one = new SlotCalendar.Period(eight, eight.plus(Duration.ofHours(1)), 1);

        assertThat(localStarts(calendar.freeSlots(day, day, LONG_BEFORE, List.of(one), List.of()), JAKARTA))
                .containsExactly("08:00", "09:00");
        assertThat(localStarts(calendar.freeSlots(day, day, LONG_BEFORE, List.of(one, one), List.of()), JAKARTA))
                .containsExactly("09:00");
    }

    @Test
    void pricesASlotByTheHighestRuleThatCoversItsStart() {
        var peak = new SlotCalendar.PriceRule(List.of(DayOfWeek.MONDAY), 18 * 60, 22 * 60, new BigDecimal("1.5"), null);
        var mondayNight = new SlotCalendar.PriceRule(List.of(DayOfWeek.MONDAY), 20 * 60, 24 * 60, null, new BigDecimal("120.00"));
        var calendar = calendar(JAKARTA, 60, 0, 0, 1, everyDay(17 * 60, 23 * 60), peak, mondayNight);
        LocalDate monday = LocalDate.of(2026, 12, 7);

        var prices = calendar.freeSlots(monday, monday, LONG_BEFORE, List.of(), List.of()).stream()
                .map(slot -> slot.price().toPlainString()).toList();

        assertThat(prices).containsExactly("100.00", "150.00", "150.00", "150.00", "150.00", "120.00");
        assertThat(calendar.freeSlots(monday.plusDays(1), monday.plusDays(1), LONG_BEFORE, List.of(), List.of()))
                .allSatisfy(slot -> assertThat(slot.price()).isEqualByComparingTo("100.00"));
    }

    @Test
    void findsTheSlotAtAStartOnlyWhenItIsOneOfTheResourcesSlots() {
        var calendar = calendar(JAKARTA, 60, 0, 0, 1, everyDay(8 * 60, 12 * 60));
        Instant nine = LocalDate.of(2026, 12, 7).atTime(9, 0).atZone(JAKARTA).toInstant();

        assertThat(calendar.slotStartingAt(nine, LONG_BEFORE, List.of())).map(SlotCalendar.Slot::end)
                .contains(nine.plus(Duration.ofHours(1)));
        assertThat(calendar.slotStartingAt(nine.plus(Duration.ofMinutes(30)), LONG_BEFORE, List.of())).isEmpty();
        assertThat(calendar.slotStartingAt(nine.plus(Duration.ofHours(3)), LONG_BEFORE, List.of())).isEmpty();
    }

    @Test
    void aSpanTakesSlotsThatFollowOneAnotherAcrossAdjacentRangesAndMidnightButNotAcrossAGap() {
        var calendar = calendar(JAKARTA, 60, 0, 0, 1, List.of(
                new SlotCalendar.Range(DayOfWeek.MONDAY, 8 * 60, 10 * 60),
                new SlotCalendar.Range(DayOfWeek.MONDAY, 10 * 60, 12 * 60),
                new SlotCalendar.Range(DayOfWeek.MONDAY, 14 * 60, 24 * 60),
                new SlotCalendar.Range(DayOfWeek.TUESDAY, 0, 2 * 60)),
                new SlotCalendar.PriceRule(List.of(DayOfWeek.MONDAY), 9 * 60, 10 * 60, null, new BigDecimal("40.00")));
        LocalDate monday = LocalDate.of(2026, 12, 7);
        Instant eight = monday.atTime(8, 0).atZone(JAKARTA).toInstant();

        var morning = calendar.spanStartingAt(eight, eight.plus(Duration.ofHours(3)), 1, LONG_BEFORE, List.of());
        assertThat(morning).hasValueSatisfying(span -> assertThat(span.price()).isEqualByComparingTo("240.00"));
        assertThat(calendar.spanStartingAt(eight, eight.plus(Duration.ofHours(7)), 1, LONG_BEFORE, List.of())).isEmpty();
        assertThat(calendar.spanStartingAt(eight, null, 5, LONG_BEFORE, List.of())).isEmpty();
        Instant elevenAtNight = monday.atTime(23, 0).atZone(JAKARTA).toInstant();
        assertThat(calendar.spanStartingAt(elevenAtNight, null, 3, LONG_BEFORE, List.of()))
                .hasValueSatisfying(span -> assertThat(span.end()).isEqualTo(elevenAtNight.plus(Duration.ofHours(3))));
        var closedAtNine = new SlotCalendar.Period(eight.plus(Duration.ofHours(1)), eight.plus(Duration.ofHours(2)), Integer.MAX_VALUE);
        assertThat(calendar.spanStartingAt(eight, null, 2, LONG_BEFORE, List.of(closedAtNine))).isEmpty();
    }

    @Test
    void countsTheSlotsABookingCoversBuffersBetweenThemIncluded() {
        var calendar = calendar(JAKARTA, 45, 15, 0, 1, everyDay(8 * 60, 22 * 60));
        Instant nine = LocalDate.of(2026, 12, 7).atTime(9, 0).atZone(JAKARTA).toInstant();

        assertThat(calendar.slotsIn(nine, nine.plus(Duration.ofMinutes(45)))).isEqualTo(1);
        assertThat(calendar.slotsIn(nine, nine.plus(Duration.ofMinutes(165)))).isEqualTo(3);
    }
}
