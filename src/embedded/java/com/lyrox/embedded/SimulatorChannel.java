package com.lyrox.embedded;

import com.lyrox.platform.TenantContext;
import com.lyrox.tenants.ChannelRoute;
import com.lyrox.tenants.ChannelRequest;
import com.lyrox.tenants.Channels;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A demo company's WhatsApp number on the simulator: it answers through the built-in Graph API
 * stand-in of this very server, on whatever port it runs today.
 */
@Component
class SimulatorChannel {

    static final String GRAPH_PATH = "/simulator/graph";

    private final Channels channels;

    SimulatorChannel(Channels channels) {
        this.channels = channels;
    }

    /** The company the number belongs to: found by the number, else the one just seeded (may be null). */
    Optional<UUID> companyOf(String phoneNumberId, UUID seeded) {
        return channels.routeByPhoneNumberId(phoneNumberId).map(route -> route.companyId())
                .or(() -> Optional.ofNullable(seeded));
    }

    /** The company and channel of a simulated number, once it exists. */
    Optional<ChannelRoute> route(String phoneNumberId) {
        return channels.routeByPhoneNumberId(phoneNumberId);
    }

    /** Creates the number, or points it at this server's address. */
    void pointAt(String phoneNumberId, String displayNumber, UUID seeded, String serverBase) {
        var route = channels.routeByPhoneNumberId(phoneNumberId);
        UUID companyId = route.map(found -> found.companyId()).orElse(seeded);
        if (companyId == null) {
            return;
        }
        String graphBaseUrl = serverBase + GRAPH_PATH;
        TenantContext.runAs(companyId, null, () -> {
            ChannelRequest channel = new ChannelRequest("WhatsApp simulator", phoneNumberId, displayNumber,
                    null, route.isPresent() ? null : "sim-token-" + UUID.randomUUID(),
                    route.isPresent() ? null : "sim-secret-" + UUID.randomUUID(),
                    route.isPresent() ? null : "sim-verify-" + UUID.randomUUID(), graphBaseUrl, "v25.0");
            if (route.isPresent()) {
                channels.update(route.get().channelId(), channel);
            } else {
                channels.create(channel);
            }
        });
    }
}
