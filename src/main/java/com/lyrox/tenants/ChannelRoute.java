package com.lyrox.tenants;

import java.util.UUID;

/** Where a WhatsApp number belongs. */
public record ChannelRoute(UUID companyId, UUID channelId, String phoneNumberId) {
}
