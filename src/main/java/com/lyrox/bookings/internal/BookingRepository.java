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

    /** The bookings that overlap [from, to), for a list. */
    default Page<Booking> search(Instant from, Instant to, UUID resourceId, BookingStatus status, UUID customerId,
                                 Pageable pageable) {
        return searchStartingAfter(from.minus(Booking.LONGEST), from, to, resourceId, status, customerId, pageable);
    }

    /** The same, {@code startsAfter} bounding the starts from below so that the index is read from there only. */
    @Query("""
            select b from Booking b
             where b.startsAt > :startsAfter and b.endsAt > :from and b.startsAt < :to
               and (:resourceId is null or b.resourceId = :resourceId)
               and (:status is null or b.status = :status)
               and (:customerId is null or b.customerId = :customerId)""")
    Page<Booking> searchStartingAfter(Instant startsAfter, Instant from, Instant to, UUID resourceId, BookingStatus status,
                                      UUID customerId, Pageable pageable);

    /** The bookings of these resources that take a slot and overlap [from, to) with their buffer. */
    default List<Booking> takingSlotsOfAllBetween(Collection<UUID> resourceIds, Instant from, Instant to,
                                                  Collection<BookingStatus> statuses) {
        return takingSlotsStartingAfter(resourceIds, from.minus(Booking.LONGEST), from, to, statuses);
    }

    @Query("""
            select b from Booking b
             where b.resourceId in :resourceIds and b.status in :statuses
               and b.startsAt > :startsAfter and b.blockedUntil > :from and b.startsAt < :to""")
    List<Booking> takingSlotsStartingAfter(Collection<UUID> resourceIds, Instant startsAfter, Instant from, Instant to,
                                           Collection<BookingStatus> statuses);

    /**
     * The time taken at {@code now} by bookings of these resources that overlap [from, to) with
     * their buffer: confirmed ones and holds that have not run out; only what availability needs.
     */
    default List<TakenTime> timeTakenBetween(Collection<UUID> resourceIds, Instant from, Instant to, Instant now) {
        return timeTakenStartingAfter(resourceIds, from.minus(Booking.LONGEST), from, to, now);
    }

    @Query("""
            select new com.lyrox.bookings.internal.BookingRepository$TakenTime(b.id, b.resourceId, b.startsAt, b.blockedUntil)
              from Booking b
             where b.resourceId in :resourceIds and b.startsAt > :startsAfter and b.blockedUntil > :from and b.startsAt < :to
               and (b.status = 'CONFIRMED' or (b.status = 'HELD' and b.holdExpiresAt > :now))""")
    List<TakenTime> timeTakenStartingAfter(Collection<UUID> resourceIds, Instant startsAfter, Instant from, Instant to,
                                           Instant now);

    /** A booking's hold on time, from its start to the end of its buffer. */
    record TakenTime(UUID bookingId, UUID resourceId, Instant start, Instant blockedUntil) {
    }

    @Query("select count(b) from Booking b where b.createdAt >= :since")
    long madeSince(Instant since);

    @Query("select count(b) from Booking b where b.createdAt >= :from and b.createdAt < :to")
    long madeBetween(Instant from, Instant to);

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
