package com.lyrox.bookings.internal;

import com.lyrox.bookings.BookingStatus;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Bookings of the current company (tenant-filtered). */
interface BookingRepository extends JpaRepository<Booking, UUID> {

    @Query("""
            select b from Booking b
             where b.endsAt > :from and b.startsAt < :to
               and (:resourceId is null or b.resourceId = :resourceId)
               and (:status is null or b.status = :status)
               and (:customerId is null or b.customerId = :customerId)""")
    Page<Booking> search(Instant from, Instant to, UUID resourceId, BookingStatus status, UUID customerId,
                         Pageable pageable);

    /** The bookings that take a slot of the resource's and overlap [from, to) with their buffer. */
    @Query("""
            select b from Booking b
             where b.resourceId = :resourceId and b.status in :statuses
               and b.blockedUntil > :from and b.startsAt < :to""")
    List<Booking> takingSlotsBetween(UUID resourceId, Instant from, Instant to, Collection<BookingStatus> statuses);

    /** The same for several resources at once. */
    @Query("""
            select b from Booking b
             where b.resourceId in :resourceIds and b.status in :statuses
               and b.blockedUntil > :from and b.startsAt < :to""")
    List<Booking> takingSlotsOfAllBetween(Collection<UUID> resourceIds, Instant from, Instant to,
                                          Collection<BookingStatus> statuses);

    @Query("select count(b) from Booking b where b.createdAt >= :since")
    long madeSince(Instant since);

    @Query("select count(b) from Booking b where b.customerId = :customerId and b.status = 'NO_SHOW' and b.startsAt > :since")
    long noShowsSince(UUID customerId, Instant since);

    /** A customer's bookings that take a slot and end after {@code now}, soonest first. */
    @Query("""
            select b from Booking b
             where b.customerId = :customerId and b.status in :statuses and b.endsAt > :now
             order by b.startsAt, b.id""")
    List<Booking> upcomingOf(UUID customerId, Instant now, Collection<BookingStatus> statuses);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from Booking b where b.id = :id")
    Optional<Booking> lockById(UUID id);

    /** Holds of the resource that ran out, locked: the slot they keep is wanted. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from Booking b where b.resourceId = :resourceId and b.status = 'HELD' and b.holdExpiresAt <= :now")
    List<Booking> lockDueHolds(UUID resourceId, Instant now);

    Optional<Booking> findBySaleId(UUID saleId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from Booking b where b.saleId = :saleId")
    Optional<Booking> lockBySale(UUID saleId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from Booking b where b.id in :ids")
    List<Booking> lockAll(Collection<UUID> ids);
}
