package com.lyrox.whatsapp.internal;

import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.TenantContext;
import com.lyrox.tenants.ChannelCredentials;
import com.lyrox.tenants.ChannelRoute;
import com.lyrox.tenants.Channels;
import com.lyrox.whatsapp.WhatsAppSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Meta's webhook: the verification handshake, and signed event batches that are checked,
 * routed to their company, deduplicated and queued before the 200. Nothing slow happens here.
 */
@RestController
@RequestMapping("/webhooks/whatsapp")
@Tag(name = "WhatsApp webhook", description = "Called by Meta's Cloud API, not by people")
class WebhookController {

    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

    private final Channels channels;
    private final WebhookParser parser;
    private final InboundQueue queue;
    private final ObjectMapper json;
    private final WhatsAppSettings settings;

    WebhookController(Channels channels, WebhookParser parser, InboundQueue queue, ObjectMapper json,
                      WhatsAppSettings settings) {
        this.channels = channels;
        this.parser = parser;
        this.queue = queue;
        this.json = json;
        this.settings = settings;
    }

    @GetMapping(produces = MediaType.TEXT_PLAIN_VALUE)
    @SecurityRequirements
    @Operation(summary = "Verification handshake: echoes hub.challenge when hub.verify_token is a channel's")
    ResponseEntity<String> verify(@Parameter(name = "hub.mode") @RequestParam(name = "hub.mode", required = false) String mode,
                                  @RequestParam(name = "hub.verify_token", required = false) String verifyToken,
                                  @RequestParam(name = "hub.challenge", required = false) String challenge) {
        if ("subscribe".equals(mode) && verifyToken != null && challenge != null
                && channels.routeByVerifyToken(verifyToken).isPresent()) {
            return ResponseEntity.ok(challenge);
        }
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body("verification failed");
    }

    @PostMapping(consumes = MediaType.ALL_VALUE)
    @SecurityRequirements
    @Operation(summary = "Event batches from Meta, signed with X-Hub-Signature-256")
    ResponseEntity<Void> receive(@RequestBody(required = false) byte[] body,
                                 @RequestHeader(name = "X-Hub-Signature-256", required = false) String signature) {
        if (body == null || body.length == 0) {
            throw ApiProblem.invalid("body", "is empty");
        }
        if (body.length > settings.maxWebhookBytes()) {
            throw ApiProblem.payloadTooLarge(settings.maxWebhookBytes());
        }
        if (signature == null) {
            throw ApiProblem.unauthorized("X-Hub-Signature-256 is missing");
        }
        JsonNode payload = parse(body);
        Map<String, ChannelRoute> routes = new LinkedHashMap<>();
        for (String phoneNumberId : parser.phoneNumberIds(payload)) {
            Optional<ChannelRoute> route = channels.routeByPhoneNumberId(phoneNumberId);
            if (route.isEmpty()) {
                log.warn("Webhook for unknown phone_number_id {} skipped", phoneNumberId);
                continue;
            }
            if (!signedFor(route.get(), body, signature)) {
                throw ApiProblem.unauthorized("X-Hub-Signature-256 does not match the channel's app secret");
            }
            routes.put(phoneNumberId, route.get());
        }
        for (WebhookChange change : parser.changes(payload, routes)) {
            queue.enqueue(routes.get(change.phoneNumberId()).companyId(), change.events());
        }
        return ResponseEntity.ok().build();
    }

    private boolean signedFor(ChannelRoute route, byte[] body, String signature) {
        Optional<ChannelCredentials> credentials = TenantContext.callAs(route.companyId(), null,
                () -> channels.credentials(route.channelId()));
        return credentials.isPresent() && WebhookSignature.valid(body, signature, credentials.get().appSecret());
    }

    private JsonNode parse(byte[] body) {
        try {
            JsonNode payload = json.readTree(body);
            if (payload == null || !payload.isObject()) {
                throw ApiProblem.invalid("body", "must be a JSON object");
            }
            return payload;
        } catch (JacksonException e) {
            throw ApiProblem.invalid("body", "is not valid JSON");
        }
    }
}
