package com.lyrox.whatsapp.internal.webhook;

import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.TenantContext;
import com.lyrox.tenants.ChannelCredentials;
import com.lyrox.tenants.ChannelRoute;
import com.lyrox.tenants.Channels;
import com.lyrox.turns.InboundQueue;
import com.lyrox.whatsapp.WhatsAppSettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * slow happens here; when it returns, every new event is durably queued. Parts of the wrong
 * shape are skipped, logged and counted ({@value #SKIPPED_PARTS}); only a body that is not
 * JSON at all is refused.
 */
@Component
public class WebhookIntake {

    /** Parts of signed bodies left out for their shape, tagged by the kind of part. */
    static final String SKIPPED_PARTS = "lyrox.whatsapp.webhook.skipped.parts";

    private static final Logger log = LoggerFactory.getLogger(WebhookIntake.class);

    private final Channels channels;
    private final WebhookParser parser;
    private final InboundQueue queue;
    private final ObjectMapper json;
    private final WhatsAppSettings settings;
    private final MeterRegistry meters;

    WebhookIntake(Channels channels, WebhookParser parser, InboundQueue queue, ObjectMapper json,
                  WhatsAppSettings settings, MeterRegistry meters) {
        this.channels = channels;
        this.parser = parser;
        this.queue = queue;
        this.json = json;
        this.settings = settings;
        this.meters = meters;
    }

    public void accept(byte[] body, String signature) {
        if (body == null || body.length == 0) {
            throw ApiProblem.invalid("body", "is empty");
        }
        if (body.length > settings.maxWebhookBytes()) {
            throw ApiProblem.payloadTooLarge(settings.maxWebhookBytes());
        }
        if (signature == null) {
            throw ApiProblem.unauthorized("X-Hub-Signature-256 is missing");
        }
        SkippedParts skipped = new SkippedParts();
        List<WebhookParser.NumberChange> changes = parser.changes(parse(body), skipped);
        Map<String, ChannelRoute> routes = new LinkedHashMap<>();
        for (WebhookParser.NumberChange change : changes) {
            String phoneNumberId = change.phoneNumberId();
            if (routes.containsKey(phoneNumberId)) {
                continue;
            }
            Optional<ChannelRoute> route = channels.routeByPhoneNumberId(phoneNumberId);
            if (route.isEmpty()) {
                log.warn("Webhook for unknown phone_number_id {} skipped", phoneNumberId);
                routes.put(phoneNumberId, null);
                continue;
            }
            if (!signedFor(route.get(), body, signature)) {
                throw ApiProblem.unauthorized("X-Hub-Signature-256 does not match the channel's app secret");
            }
            routes.put(phoneNumberId, route.get());
        }
        List<InboundQueue.CompanyEvents> batch = new ArrayList<>();
        for (WebhookParser.NumberChange change : changes) {
            ChannelRoute route = routes.get(change.phoneNumberId());
            if (route != null) {
                batch.add(new InboundQueue.CompanyEvents(route.companyId(), parser.events(change, route, skipped)));
            }
        }
        queue.enqueue(batch);
        report(skipped, routes.values().stream().anyMatch(Objects::nonNull));
    }

    /**
     * Counts the skipped parts and logs them in one line. Only a body signed for one of our
     * numbers is worth a warning; anything else may be anyone's noise.
     */
    private void report(SkippedParts skipped, boolean signed) {
        if (skipped.isEmpty()) {
            return;
        }
        skipped.parts().forEach(part -> meters.counter(SKIPPED_PARTS, "part", part.kind()).increment());
        if (signed) {
            log.warn("Webhook body: {} malformed part(s) skipped, the rest processed: {}",
                    skipped.parts().size(), skipped.summary());
        } else {
            log.debug("Unsigned webhook body: {} malformed part(s): {}", skipped.parts().size(), skipped.summary());
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
