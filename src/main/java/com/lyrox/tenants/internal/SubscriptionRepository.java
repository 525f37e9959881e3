package com.lyrox.tenants.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current company's subscription (tenant-filtered). */
interface SubscriptionRepository extends JpaRepository<Subscription, UUID> {

    Optional<Subscription> findFirstByOrderByCreatedAtDesc();
}
