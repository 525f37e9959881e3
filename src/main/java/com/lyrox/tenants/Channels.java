package com.lyrox.tenants;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The company's WhatsApp numbers (outlets) as the message path needs them. Routing works
 * before any tenant is known (a webhook names only a phone_number_id); credentials are read
 * inside the owning company's tenant.
 */
public interface Channels {

    /** Which company and channel a phone_number_id belongs to; no secrets. */
    Optional<ChannelRoute> routeByPhoneNumberId(String phoneNumberId);

    /** The channel whose verify token this is (Meta's webhook handshake); no secrets. */
    Optional<ChannelRoute> routeByVerifyToken(String verifyToken);

    /** Decrypted credentials of a channel of the current company. */
    Optional<ChannelCredentials> credentials(UUID channelId);

    /** The access token was refused (Graph error 190): the owner must reconnect the channel. */
    void markDisconnected(UUID channelId, String reason);

    /** Creates a channel in the current company (as {@code POST /api/v1/channels} does). */
    ChannelCredentials create(ChannelRequest request);

    /** Changes a channel of the current company (as {@code PUT /api/v1/channels/{id}} does). */
    ChannelCredentials update(UUID channelId, ChannelRequest request);

    /** Every channel of the current company, with its credentials. */
    List<ChannelCredentials> all();
}
