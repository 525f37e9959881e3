package com.lyrox.tenants;

import java.util.UUID;

/** What it takes to verify a channel's webhooks and send through it; never leaves the server. */
public record ChannelCredentials(UUID channelId, UUID companyId, String phoneNumberId, String displayPhoneNumber,
                                 String accessToken, String appSecret, String graphBaseUrl, String graphVersion) {

    @Override
    public String toString() {
        return "ChannelCredentials[channelId=" + channelId + ", phoneNumberId=" + phoneNumberId + "]";
    }
}
