package com.lyrox.bookings.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Resources of the current company (tenant-filtered). */
interface ResourceRepository extends JpaRepository<Resource, UUID> {

    @Query("select r from Resource r where (:type is null or r.type = :type) and (:active is null or r.active = :active)")
    Page<Resource> search(String type, Boolean active, Pageable pageable);

    @Query("select r from Resource r where r.type = :type and r.active = true order by r.name")
    List<Resource> activeOfType(String type);

    @Query("select r from Resource r where r.active = true order by r.name, r.id")
    List<Resource> allActive();

    /** The resource, locked until the transaction ends: bookings of a group class are counted one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Resource r where r.id = :id")
    Optional<Resource> lockById(UUID id);
}
