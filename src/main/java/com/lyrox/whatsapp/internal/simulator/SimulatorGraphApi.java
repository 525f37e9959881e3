package com.lyrox.whatsapp.internal.simulator;

import com.lyrox.platform.TenantContext;
import com.lyrox.tenants.ChannelCredentials;
import com.lyrox.tenants.ChannelRoute;
import com.lyrox.tenants.Channels;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * A stand-in for Meta's Graph API inside the app, for channels whose Graph base URL points
 * here: accepts messages like the Cloud API (bearer token checked, a wamid returned) and
 * delivers them to the simulated customer's phone.
 */
@Hidden
@RestController
@RequestMapping("/simulator/graph")
@ConditionalOnBooleanProperty("lyrox.simulator.enabled")
class SimulatorGraphApi {

    private final Channels channels;
    private final SimulatedPhones phones;

    SimulatorGraphApi(Channels channels, SimulatedPhones phones) {
        this.channels = channels;
        this.phones = phones;
    }

    @PostMapping("/{version}/{phoneNumberId}/messages")
    ResponseEntity<Map<String, Object>> send(@PathVariable String version, @PathVariable String phoneNumberId,
                                             @RequestHeader(name = "Authorization", required = false) String authorization,
                                             @RequestBody JsonNode message) {
        Optional<ChannelRoute> route = channels.routeByPhoneNumberId(phoneNumberId);
        Optional<ChannelCredentials> channel = route.flatMap(found -> TenantContext.callAs(found.companyId(), null,
                () -> channels.credentials(found.channelId())));
        if (channel.isEmpty() || !("Bearer " + channel.get().accessToken()).equals(authorization)) {
            return ResponseEntity.status(401).body(Map.of("error", Map.of("code", 190, "type", "OAuthException",
                    "message", "Invalid OAuth access token")));
        }
        if ("read".equals(message.path("status").asString(null))) {
            return ResponseEntity.ok(Map.of("success", true));
        }
        String to = message.path("to").asString("");
        String id = "wamid.SIM" + UUID.randomUUID().toString().replace("-", "");
        phones.receive(route.get().companyId(), to, received(id, message));
        return ResponseEntity.ok(Map.of("messaging_product", "whatsapp",
                "contacts", List.of(Map.of("input", to, "wa_id", to)), "messages", List.of(Map.of("id", id))));
    }

    private static SimulatedPhones.Received received(String id, JsonNode message) {
        String type = message.path("type").asString("text");
        if (!"interactive".equals(type)) {
            return new SimulatedPhones.Received(id, type, message.path("text").path("body").asString(""), List.of(), List.of(),
                    Instant.now().toString());
        }
        JsonNode interactive = message.path("interactive");
        List<String> buttons = new ArrayList<>();
        interactive.path("action").path("buttons").forEach(button -> buttons.add(button.path("reply").path("title").asString()));
        List<String> rows = new ArrayList<>();
        interactive.path("action").path("sections").forEach(section ->
                section.path("rows").forEach(row -> rows.add(row.path("title").asString())));
        return new SimulatedPhones.Received(id, interactive.path("type").asString(), interactive.path("body").path("text").asString(""),
                buttons, rows, Instant.now().toString());
    }
}
