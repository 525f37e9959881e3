package com.lyrox.bookings.internal;

import com.lyrox.bookings.BookingSettings;
import com.lyrox.customers.CustomerDirectory;
import com.lyrox.platform.ApiProblem;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * No-shows count against a customer: at {@code lyrox.bookings.no-show-limit} of them the
 * customer can no longer book through the chat (staff still can), until the owner lifts the bar.
 */
@Service
class NoShowStrikes {

    private final BookingRepository bookings;
    private final StrikeLiftRepository lifts;
    private final CustomerDirectory customers;
    private final BookingSettings settings;
    private final Clock clock;

    NoShowStrikes(BookingRepository bookings, StrikeLiftRepository lifts, CustomerDirectory customers,
                  BookingSettings settings, Clock clock) {
        this.bookings = bookings;
        this.lifts = lifts;
        this.customers = customers;
        this.settings = settings;
        this.clock = clock;
    }

    /** Where a customer stands: no-shows since the bar was last lifted, the limit, and whether the chat books for them. */
    @Schema(name = "BookingStanding")
    record Standing(@Schema(example = "1") long noShows, @Schema(example = "3") int limit,
                    @Schema(description = "True when the customer can no longer book through the chat") boolean barred,
                    Instant liftedAt) {
    }

    @Transactional(readOnly = true)
    Standing standing(UUID customerId) {
        customers.find(customerId).orElseThrow(() -> ApiProblem.notFound("Customer"));
        Instant liftedAt = lifts.ofCustomer(customerId).map(StrikeLift::liftedAt).orElse(null);
        long noShows = bookings.noShowsSince(customerId, liftedAt != null ? liftedAt : Instant.EPOCH);
        return new Standing(noShows, settings.noShowLimit(), noShows >= settings.noShowLimit(), liftedAt);
    }

    /** The owner forgives the no-shows so far: the customer books through the chat again. */
    @Transactional
    Standing lift(UUID customerId) {
        customers.find(customerId).orElseThrow(() -> ApiProblem.notFound("Customer"));
        Instant now = clock.instant();
        StrikeLift lift = lifts.ofCustomer(customerId).orElse(null);
        try {
            if (lift == null) {
                lifts.saveAndFlush(new StrikeLift(customerId, now));
            } else {
                lift.liftAgain(now);
                lifts.saveAndFlush(lift);
            }
        } catch (DataIntegrityViolationException e) {
            throw ApiProblem.conflict(null, "The bar was being lifted at the same time; try again");
        }
        return standing(customerId);
    }
}
