package com.lyrox.tenants.internal;

import com.lyrox.platform.ExpiringCache;
import com.lyrox.tenants.ChannelRoute;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The {@code channel_routes} table: which company and channel a phone_number_id (or a verify
 * token's hash) belongs to, readable before any tenant is known. It holds no secrets and has no
 * row-level security, so every statement names its row explicitly. Found routes are kept for
 * 30 seconds; this instance forgets a channel's routes as soon as the channel changes.
 */
@Component
class ChannelRoutes {

    private static final Duration TTL = Duration.ofSeconds(30);
    private static final String COLUMNS = "SELECT company_id, channel_id, phone_number_id FROM channel_routes ";
    private static final RowMapper<ChannelRoute> ROUTE = (row, index) -> new ChannelRoute(
            row.getObject("company_id", UUID.class), row.getObject("channel_id", UUID.class),
            row.getString("phone_number_id"));

    private final JdbcTemplate jdbc;
    private final ExpiringCache<String, ChannelRoute> byPhoneNumberId = new ExpiringCache<>(TTL);
    private final ExpiringCache<String, ChannelRoute> byVerifyTokenHash = new ExpiringCache<>(TTL);

    ChannelRoutes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ChannelRoute> byPhoneNumberId(String phoneNumberId) {
        if (phoneNumberId == null) {
            return Optional.empty();
        }
        return byPhoneNumberId.get(phoneNumberId, id ->
                jdbc.query(COLUMNS + "WHERE phone_number_id = ?", ROUTE, id).stream().findFirst());
    }

    Optional<ChannelRoute> byVerifyToken(String verifyToken) {
        if (verifyToken == null) {
            return Optional.empty();
        }
        return byVerifyTokenHash.get(ChannelSecrets.hash(verifyToken), hash ->
                jdbc.query(COLUMNS + "WHERE verify_token_hash = ? ORDER BY phone_number_id LIMIT 1", ROUTE, hash)
                        .stream().findFirst());
    }

    /** Routes a new channel; a phone_number_id routed already fails with a key violation. */
    void add(ChannelRoute route, String verifyTokenHash) {
        jdbc.update("INSERT INTO channel_routes (phone_number_id, company_id, channel_id, verify_token_hash)"
                + " VALUES (?, ?, ?, ?)", route.phoneNumberId(), route.companyId(), route.channelId(), verifyTokenHash);
    }

    void update(ChannelRoute route, String verifyTokenHash) {
        jdbc.update("UPDATE channel_routes SET phone_number_id = ?, verify_token_hash = ?"
                + " WHERE company_id = ? AND channel_id = ?",
                route.phoneNumberId(), verifyTokenHash, route.companyId(), route.channelId());
    }

    void remove(ChannelRoute route) {
        jdbc.update("DELETE FROM channel_routes WHERE company_id = ? AND channel_id = ?",
                route.companyId(), route.channelId());
    }

    /** Drops this instance's cached routes of a channel (after the change is committed). */
    void forget(UUID channelId) {
        byPhoneNumberId.invalidateIf(route -> route.channelId().equals(channelId));
        byVerifyTokenHash.invalidateIf(route -> route.channelId().equals(channelId));
    }
}
