package com.lyrox.bookings.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Opening ranges of the current company's resources (tenant-filtered). */
interface OpeningHoursRepository extends JpaRepository<OpeningHours, UUID> {

    @Query("select h from OpeningHours h where h.resourceId = :resourceId order by h.dayOfWeek, h.opensMinute")
    List<OpeningHours> ofResource(UUID resourceId);

    @Query("select h from OpeningHours h where h.resourceId in :resourceIds order by h.dayOfWeek, h.opensMinute")
    List<OpeningHours> ofResources(Collection<UUID> resourceIds);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from OpeningHours h where h.resourceId = :resourceId")
    void deleteOfResource(UUID resourceId);
}
