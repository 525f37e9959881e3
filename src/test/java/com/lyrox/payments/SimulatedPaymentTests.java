package com.lyrox.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lyrox.support.Api;
import com.lyrox.support.LyroxTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * With no provider account anywhere: the demo company's agent sends a payment link in the
 * simulator, the simulated customer pays it, and the generic webhook (connected on the way)
 * completes the sale and the customer reads that the payment arrived.
 */
@LyroxTest
class SimulatedPaymentTests {

    static final Duration PATIENCE = Duration.ofSeconds(20);
    static final Pattern REFERENCE = Pattern.compile("client_reference_id=([0-9a-f-]{36})");

    @Autowired
    Api api;

    @Test
    void theSimulatedCustomerPaysTheLinkAndIsToldThePaymentArrived() {
        String token = api.login("demo@lyrox.app", "lyrox-demo", null).accessToken();
        String phone = "34600" + (100000 + (int) (Math.random() * 800000));
        say(token, phone, "¿Cuánto cuesta el reto mensual?", 1);
        String link = say(token, phone, "Sí, lo quiero", 2);
        Matcher reference = REFERENCE.matcher(link);
        assertThat(reference.find()).as(link).isTrue();
        String saleId = reference.group(1);

        var paid = api.post("/api/v1/simulator/payments", token, Map.of("saleId", saleId));

        assertThat(paid.status()).isEqualTo(200);
        assertThat(paid.text("$.outcome")).isEqualTo("COMPLETED");
        assertThat(api.get("/api/v1/sales/" + saleId, token).text("$.paymentProvider")).isEqualTo("GENERIC");
        assertThat(say(token, phone, null, 3)).startsWith("¡Pago recibido!").contains("78 USD");
        assertThat(api.post("/api/v1/simulator/payments", token, Map.of("saleId", saleId)).text("$.outcome"))
                .isEqualTo("ALREADY_SETTLED");
        var unknown = api.post("/api/v1/simulator/payments", token, Map.of("saleId", "6f1c2a47-0000-4000-8000-000000000000"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text("$.errors[0].field")).isEqualTo("saleId");
    }

    /** Writes (when there is text) and waits for the phone's {@code nth} message from the business. */
    private String say(String token, String phone, String text, int nth) {
        if (text != null) {
            assertThat(api.post("/api/v1/simulator/messages", token, Map.of("phone", "+" + phone, "name", "Carla", "text", text))
                    .status()).isEqualTo(202);
        }
        await().atMost(PATIENCE).until(() -> ((List<?>) api.get("/api/v1/simulator/messages?phone=" + phone, token)
                .read("$.items")).size() >= nth);
        return api.get("/api/v1/simulator/messages?phone=" + phone, token).text("$.items[" + (nth - 1) + "].text");
    }
}
