package com.lyrox.identity.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** API keys of the current company (tenant-filtered). */
interface ApiKeyRepository extends JpaRepository<ApiKey, UUID> {

    Optional<ApiKey> findByKeyHash(String keyHash);

    Page<ApiKey> findAllBy(Pageable pageable);

    @Modifying
    @Query("update ApiKey k set k.revokedAt = :now where k.createdBy = :userId and k.revokedAt is null")
    int revokeCreatedBy(UUID userId, Instant now);
}
