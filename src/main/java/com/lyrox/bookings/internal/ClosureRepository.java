package com.lyrox.bookings.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Closures of the current company's resources (tenant-filtered). */
interface ClosureRepository extends JpaRepository<Closure, UUID> {

    @Query("""
            select c from Closure c
             where c.resourceId = :resourceId and c.endsAt > :from and c.startsAt < :to
             order by c.startsAt""")
    List<Closure> ofResourceBetween(UUID resourceId, Instant from, Instant to);

    @Query("select c from Closure c where c.resourceId in :resourceIds and c.endsAt > :from and c.startsAt < :to")
    List<Closure> ofResourcesBetween(Collection<UUID> resourceIds, Instant from, Instant to);
}
