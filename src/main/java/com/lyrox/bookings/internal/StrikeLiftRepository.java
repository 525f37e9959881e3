package com.lyrox.bookings.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Lifted no-show bars of the current company's customers (tenant-filtered). */
interface StrikeLiftRepository extends JpaRepository<StrikeLift, UUID> {

    @Query("select l from StrikeLift l where l.customerId = :customerId")
    Optional<StrikeLift> ofCustomer(UUID customerId);
}
