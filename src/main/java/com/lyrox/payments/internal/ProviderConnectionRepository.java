package com.lyrox.payments.internal;

import com.lyrox.payments.PaymentProvider;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current company's provider connections (tenant-filtered). */
interface ProviderConnectionRepository extends JpaRepository<ProviderConnection, UUID> {

    Optional<ProviderConnection> findByProvider(PaymentProvider provider);
}
