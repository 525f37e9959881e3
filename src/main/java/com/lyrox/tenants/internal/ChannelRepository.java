package com.lyrox.tenants.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Channels of the current company (tenant-filtered). */
interface ChannelRepository extends JpaRepository<Channel, UUID> {
}
