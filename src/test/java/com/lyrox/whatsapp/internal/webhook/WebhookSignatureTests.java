package com.lyrox.whatsapp.internal.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The webhook signature, checked over the exact bytes Meta sent. */
class WebhookSignatureTests {

    @Test
    void signaturesAreCheckedOverTheExactBytes() {
        byte[] body = "{\"a\":\"\\u00e9\"}".getBytes(StandardCharsets.UTF_8);
        String header = WebhookSignature.header(body, "secret");
        assertThat(WebhookSignature.valid(body, header, "secret")).isTrue();
        assertThat(WebhookSignature.valid("{\"a\":\"é\"}".getBytes(StandardCharsets.UTF_8), header, "secret")).isFalse();
        assertThat(WebhookSignature.valid(body, header, "other")).isFalse();
        assertThat(WebhookSignature.valid(body, "sha1=abc", "secret")).isFalse();
        assertThat(WebhookSignature.valid(body, null, "secret")).isFalse();
    }
}
