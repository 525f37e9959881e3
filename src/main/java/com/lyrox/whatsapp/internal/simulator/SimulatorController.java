package com.lyrox.whatsapp.internal.simulator;

import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.Role;
import com.lyrox.platform.TenantContext;
import com.lyrox.tenants.ChannelCredentials;
import com.lyrox.tenants.Channels;
import com.lyrox.whatsapp.internal.webhook.WebhookIntake;
import com.lyrox.whatsapp.internal.webhook.WebhookSignature;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

/**
 * Play a customer on the company's simulator channel: a message sent here becomes a real,
 * signed webhook body handed to the webhook intake, and the business's answers arrive on
 * the simulated phone through the built-in Graph API stand-in.
 */
@RestController
@RequestMapping("/api/v1/simulator")
@ConditionalOnBooleanProperty("lyrox.simulator.enabled")
@Tag(name = "Simulator", description = "Write as a customer and read the business's answers, without WhatsApp")
class SimulatorController {

    static final String GRAPH_PATH = "/simulator/graph";

    private final Channels channels;
    private final WebhookIntake intake;
    private final SimulatedPhones phones;
    private final ObjectMapper json;

    SimulatorController(Channels channels, WebhookIntake intake, SimulatedPhones phones, ObjectMapper json) {
        this.channels = channels;
        this.intake = intake;
        this.phones = phones;
        this.json = json;
    }

    /** A message from the simulated customer; {@code buttonId} answers a reply button (its title in {@code text}). */
    record CustomerMessage(
            @Schema(example = "+34600111222") @NotBlank
            @Pattern(regexp = "^\\+?[1-9][0-9]{6,14}$", message = "must be a phone number such as +34600111222") String phone,
            @Schema(example = "María") @Size(max = 100) String name,
            @Schema(example = "Hola, ¿cuánto cuesta el plan personalizado?") @NotBlank @Size(max = 4096) String text,
            @Schema(example = "option-1") @Size(max = 256) String buttonId) {
    }

    /** What the webhook carried. */
    record Sent(@Schema(example = "wamid.SIMIN...") String messageId, String phone) {
    }

    /** The simulated phone's inbox: what the business sent, oldest first. */
    record Inbox(String phone, List<SimulatedPhones.Received> items) {
    }

    @PostMapping("/messages")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(Role.CAN_WRITE)
    @Operation(summary = "Write to the business as a customer; the answer arrives in the simulated phone's inbox")
    Sent write(@Valid @RequestBody CustomerMessage message) {
        ChannelCredentials channel = simulatorChannel();
        String waId = message.phone().replace("+", "");
        String messageId = "wamid.SIMIN" + UUID.randomUUID().toString().replace("-", "");
        Map<String, Object> content = message.buttonId() == null
                ? Map.of("type", "text", "text", Map.of("body", message.text()))
                : Map.of("type", "interactive", "interactive", Map.of("type", "button_reply",
                        "button_reply", Map.of("id", message.buttonId(), "title", message.text())));
        Map<String, Object> inbound = new java.util.LinkedHashMap<>(Map.of("from", waId, "id", messageId,
                "timestamp", String.valueOf(Instant.now().getEpochSecond())));
        inbound.putAll(content);
        deliver(channel, Map.of(
                "contacts", List.of(Map.of("profile", Map.of("name", message.name() == null ? "" : message.name()),
                        "wa_id", waId)),
                "messages", List.of(inbound)));
        return new Sent(messageId, "+" + waId);
    }

    @GetMapping("/messages")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "What the business sent to a simulated phone; reading it sends WhatsApp's read receipts")
    Inbox inbox(@RequestParam @Pattern(regexp = "^\\+?[1-9][0-9]{6,14}$", message = "must be a phone number") String phone) {
        ChannelCredentials channel = simulatorChannel();
        String waId = phone.replace("+", "");
        List<SimulatedPhones.Received> items = phones.inbox(TenantContext.requireCompanyId(), waId);
        for (SimulatedPhones.Received item : items) {
            if (phones.markRead(TenantContext.requireCompanyId(), waId, item.id())) {
                deliver(channel, Map.of("statuses", List.of(Map.of("id", item.id(), "status", "read",
                        "timestamp", String.valueOf(Instant.now().getEpochSecond()), "recipient_id", waId))));
            }
        }
        return new Inbox("+" + waId, items);
    }

    private void deliver(ChannelCredentials channel, Map<String, Object> value) {
        Map<String, Object> fullValue = new java.util.LinkedHashMap<>();
        fullValue.put("messaging_product", "whatsapp");
        fullValue.put("metadata", Map.of("display_phone_number", channel.displayPhoneNumber(),
                "phone_number_id", channel.phoneNumberId()));
        fullValue.putAll(value);
        byte[] body = json.writeValueAsBytes(Map.of("object", "whatsapp_business_account", "entry", List.of(Map.of(
                "id", "simulator", "changes", List.of(Map.of("field", "messages", "value", fullValue))))));
        intake.accept(body, WebhookSignature.header(body, channel.appSecret()));
    }

    private ChannelCredentials simulatorChannel() {
        return channels.all().stream().filter(channel -> channel.graphBaseUrl().contains(GRAPH_PATH)).findFirst()
                .orElseThrow(() -> ApiProblem.conflict(null,
                        "No simulator channel: create a channel whose graphBaseUrl is this server's " + GRAPH_PATH));
    }
}
