package com.lyrox.bookings.internal;

import com.lyrox.bookings.WaitlistStatus;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Waitlist entries of the current company (tenant-filtered). */
interface WaitlistRepository extends JpaRepository<WaitlistEntry, UUID> {

    @Query("""
            select w from WaitlistEntry w
             where (:resourceId is null or w.resourceId = :resourceId)
               and (:status is null or w.status = :status)
               and (:customerId is null or w.customerId = :customerId)""")
    Page<WaitlistEntry> search(UUID resourceId, WaitlistStatus status, UUID customerId, Pageable pageable);

    /** Those waiting for a slot of the resource that starts within [from, to), first in line first, locked. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("""
            select w from WaitlistEntry w
             where w.resourceId = :resourceId and w.status = 'WAITING' and w.startsAt >= :from and w.startsAt < :to
             order by w.createdAt, w.id""")
    List<WaitlistEntry> lockLine(UUID resourceId, Instant from, Instant to);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from WaitlistEntry w where w.id = :id")
    Optional<WaitlistEntry> lockById(UUID id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from WaitlistEntry w where w.offeredBookingId = :bookingId and w.status = 'OFFERED'")
    Optional<WaitlistEntry> lockOfferOf(UUID bookingId);

    /** The customer's place for the slot while it is live (waiting or offered): at most one, by the unique index. */
    @Query("""
            select w from WaitlistEntry w
             where w.resourceId = :resourceId and w.customerId = :customerId and w.startsAt = :start
               and w.status in ('WAITING', 'OFFERED')""")
    Optional<WaitlistEntry> liveEntryOf(UUID resourceId, UUID customerId, Instant start);

    @Query("select count(w) from WaitlistEntry w where w.resourceId = :resourceId and w.startsAt = :start and w.status = 'WAITING'")
    long waitingFor(UUID resourceId, Instant start);
}
