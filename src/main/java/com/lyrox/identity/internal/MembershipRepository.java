package com.lyrox.identity.internal;

import com.lyrox.platform.Role;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Memberships of the current company (tenant-filtered). */
interface MembershipRepository extends JpaRepository<Membership, UUID> {

    Optional<Membership> findByUserId(UUID userId);

    Optional<Membership> findByInviteTokenHash(String inviteTokenHash);

    long countByRole(Role role);

    Page<Membership> findAllBy(Pageable pageable);
}
