package com.lyrox.whatsapp.internal.webhook;

import com.lyrox.tenants.Channels;
import com.lyrox.whatsapp.WhatsAppSettings;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
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

/** Meta's webhook: the verification handshake, and signed event batches answered 200 once queued. */
@RestController
@RequestMapping("/webhooks/whatsapp")
@Tag(name = "WhatsApp webhook", description = "Called by Meta's Cloud API, not by people")
class WebhookController {

    /** Stands in for {@code http.server.requests}, which webhooks are left out of (platform's WebhookObservations). */
    static final String HANDLED = "lyrox.whatsapp.webhook.requests";

    private final Channels channels;
    private final WebhookIntake intake;
    private final WebhookGate gate;
    private final Timer handled;

    WebhookController(Channels channels, WebhookIntake intake, WhatsAppSettings settings, MeterRegistry meters) {
        this.channels = channels;
        this.intake = intake;
        this.gate = new WebhookGate(settings.effectiveWebhookConcurrency());
        this.handled = Timer.builder(HANDLED).description("Webhook bodies handled, from their place in line to the answer")
                .register(meters);
    }

    /** Meta reads the challenge back as text; its Accept header (sometimes application/json) is not a choice. */
    @GetMapping
    @SecurityRequirements
    @Operation(summary = "Verification handshake: echoes hub.challenge when hub.verify_token is a channel's")
    ResponseEntity<String> verify(@RequestParam(name = "hub.mode", required = false) String mode,
                                  @RequestParam(name = "hub.verify_token", required = false) String verifyToken,
                                  @RequestParam(name = "hub.challenge", required = false) String challenge) {
        if ("subscribe".equals(mode) && verifyToken != null && challenge != null
                && channels.routeByVerifyToken(verifyToken).isPresent()) {
            return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(challenge);
        }
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_PLAIN).body("verification failed");
    }

    @PostMapping(consumes = MediaType.ALL_VALUE)
    @SecurityRequirements
    @Operation(summary = "Event batches from Meta, signed with X-Hub-Signature-256")
    ResponseEntity<Void> receive(@RequestBody(required = false) byte[] body,
                                 @RequestHeader(name = "X-Hub-Signature-256", required = false) String signature) {
        handled.record(() -> gate.pass(() -> intake.accept(body, signature)));
        return ResponseEntity.ok().build();
    }
}
