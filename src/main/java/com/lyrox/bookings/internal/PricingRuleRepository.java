package com.lyrox.bookings.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Pricing rules of the current company (tenant-filtered). */
interface PricingRuleRepository extends JpaRepository<PricingRule, UUID> {

    /** The rules for this resource and those for every resource. */
    @Query("select p from PricingRule p where p.resourceId is null or p.resourceId = :resourceId")
    List<PricingRule> applyingTo(UUID resourceId);

    @Query("select p from PricingRule p order by p.name, p.id")
    List<PricingRule> all();
}
