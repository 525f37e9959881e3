package com.lyrox.whatsapp.internal;

import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.TenantContext;
import com.lyrox.tenants.ChannelCredentials;
import com.lyrox.tenants.ChannelRoute;
import com.lyrox.tenants.Channels;
import com.lyrox.whatsapp.WhatsAppSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A webhook body as Meta sends it: checked (size, signature over the raw bytes with the app
 * secret of every channel it names), routed to its company, deduplicated and queued. Nothing
 * slow happens here; when it returns, every new event is durably queued.
 */
@Component
class WebhookIntake {

    private static final Logger log = LoggerFactory.getLogger(WebhookIntake.class);

    private final Channels channels;
    private final WebhookParser parser;
    private final InboundQueue queue;
    private final ObjectMapper json;
    private final WhatsAppSettings settings;

    WebhookIntake(Channels channels, WebhookParser parser, InboundQueue queue, ObjectMapper json,
                  WhatsAppSettings settings) {
        this.channels = channels;
        this.parser = parser;
        this.queue = queue;
        this.json = json;
        this.settings = settings;
    }

    void accept(byte[] body, String signature) {
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
