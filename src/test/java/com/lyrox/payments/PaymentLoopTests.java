package com.lyrox.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lyrox.support.Api;
import com.lyrox.support.GraphStub;
import com.lyrox.support.LyroxTest;
import com.lyrox.support.StripeSignatures;
import com.lyrox.support.StripeStub;
import com.lyrox.support.WhatsAppFixture;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The whole loop over the webhooks: a customer asks and says they want it, the agent sends the
 * payment link carrying the sale's reference, the provider's signed event completes the sale, and
 * the customer is told on WhatsApp, in their language, that the payment arrived.
 */
@LyroxTest
class PaymentLoopTests {

    static final Duration PATIENCE = Duration.ofSeconds(20);
    static final GraphStub graph = GraphStub.shared();
    static final Pattern REFERENCE = Pattern.compile("client_reference_id=([0-9a-f-]{36})");

    @Autowired
    Api api;

    WhatsAppFixture whatsapp;
    HttpServer mercadoPago;
    final Map<String, String> mercadoPagoPayments = new ConcurrentHashMap<>();
    final List<String> mercadoPagoAuthorizations = new java.util.concurrent.CopyOnWriteArrayList<>();
    final List<String> mercadoPagoPreferences = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void aCoachWhoseChallengeIsPaidThroughAStripePaymentLink() throws IOException {
        whatsapp = WhatsAppFixture.connect(api, graph);
        api.post("/api/v1/products", token(), Map.of("name", "Reto Mensual", "price", "78.00", "currency", "USD",
                "description", "Reto de 30 días.", "paymentLink", "https://buy.stripe.com/test_reto"));
        mercadoPago = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        mercadoPago.createContext("/v1/payments/", exchange -> {
            String id = exchange.getRequestURI().getPath().substring("/v1/payments/".length());
            mercadoPagoAuthorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            String payment = mercadoPagoPayments.get(id);
            byte[] body = (payment != null ? payment : "{\"message\":\"Payment not found\",\"status\":404}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(payment != null ? 200 : 404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        mercadoPago.createContext("/checkout/preferences", exchange -> {
            mercadoPagoPreferences.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = "{\"id\":\"pref_1\",\"init_point\":\"https://www.mercadopago.com/checkout/v1/redirect?pref_id=pref_1\"}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(201, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        mercadoPago.start();
    }

    @AfterEach
    void stopMercadoPago() {
        mercadoPago.stop(0);
    }

    @Test
    void aPaymentLinkTheAgentSentIsPaidAtStripeAndTheCustomerIsToldTheSaleIsComplete() {
        assertThat(api.put("/api/v1/payment-providers/stripe", token(), Map.of("webhookSecret", PaymentWebhookTests.STRIPE_SECRET))
                .status()).isEqualTo(200);
        say("wamid.P1", "¿Cuánto cuesta el reto mensual?");
        String link = say("wamid.P2", "Sí, lo quiero");
        Matcher reference = REFERENCE.matcher(link);
        assertThat(reference.find()).as("the sale's reference in " + link).isTrue();
        UUID saleId = UUID.fromString(reference.group(1));
        assertThat(link).contains("https://buy.stripe.com/test_reto?client_reference_id=" + saleId);

        String event = PaymentWebhookTests.checkoutCompleted("evt_loop_1", saleId, 7800, "usd", "pi_loop_1");
        var paid = api.raw(MockMvcRequestBuilders.post("/webhooks/stripe/" + whatsapp.owner().companyId())
                .contentType(MediaType.APPLICATION_JSON).content(event).header("Stripe-Signature",
                        StripeSignatures.header(event, PaymentWebhookTests.STRIPE_SECRET, Instant.now().getEpochSecond())));

        assertThat(paid.text("$.outcome")).isEqualTo("COMPLETED");
        await().atMost(PATIENCE).until(() -> lastText().startsWith("¡Pago recibido!"));
        assertThat(lastText()).contains("78 USD");
        var customer = api.get("/api/v1/customers?search=" + CUSTOMER, token());
        assertThat(customer.text("$.items[0].stage")).isEqualTo("CUSTOMER");
        assertThat(customer.text("$.items[0].lifetimeValue")).isEqualTo("78.00");
    }

    @Test
    void withTheCompanysStripeKeyEachSaleGetsACheckoutOfItsExactAmountNamingIt() {
        assertThat(api.put("/api/v1/payment-providers/stripe", token(), Map.of("webhookSecret", PaymentWebhookTests.STRIPE_SECRET,
                "secretKey", "sk_test_companyKey")).status()).isEqualTo(200);
        int before = StripeStub.shared().calls().size();
        say("wamid.K1", "¿Cuánto cuesta el reto mensual?");
        String link = say("wamid.K2", "Sí, lo quiero");

        assertThat(link).contains("https://checkout.stripe.com/c/pay/cs_test_").doesNotContain("buy.stripe.com");
        StripeStub.Call checkout = StripeStub.shared().calls().stream().skip(before)
                .filter(call -> "sk_test_companyKey".equals(call.authorization().substring("Bearer ".length()))).findFirst().orElseThrow();
        String saleId = checkout.form().get("client_reference_id");
        assertThat(checkout.form()).containsEntry("mode", "payment")
                .containsEntry("line_items[0][price_data][unit_amount]", "7800")
                .containsEntry("line_items[0][price_data][currency]", "usd")
                .containsEntry("line_items[0][price_data][product_data][name]", "Reto Mensual")
                .containsEntry("payment_intent_data[metadata][sale_id]", saleId);
        var sale = api.get("/api/v1/sales/" + saleId, token());
        assertThat(sale.text("$.amount")).isEqualTo("78.00");
        assertThat(sale.text("$.paymentStatus")).isEqualTo("PENDING");
    }

    @Test
    void aMercadoPagoNotificationIsCheckedAndThePaymentReadFromMercadoPagoCompletesTheSale() {
        String secret = "mp-webhook-secret";
        assertThat(api.put("/api/v1/payment-providers/mercadopago", token(), Map.of("webhookSecret", secret,
                "accessToken", "APP_USR-test-token", "apiUrl", "http://127.0.0.1:" + mercadoPago.getAddress().getPort()))
                .status()).isEqualTo(200);
        say("wamid.M1", "¿Cuánto cuesta el reto mensual?");
        String link = say("wamid.M2", "Sí, lo quiero");
        // The sale gets a preference of its own: its amount, and the sale as external_reference.
        assertThat(link).contains("https://www.mercadopago.com/checkout/v1/redirect?pref_id=pref_1");
        assertThat(mercadoPagoPreferences).hasSize(1);
        var preference = com.jayway.jsonpath.JsonPath.parse(mercadoPagoPreferences.get(0));
        assertThat(preference.<Double>read("$.items[0].unit_price")).isEqualTo(78.0);
        assertThat(preference.<String>read("$.items[0].currency_id")).isEqualTo("USD");
        String saleId = preference.read("$.external_reference");
        mercadoPagoPayments.put("1234567890", """
                {"id":1234567890,"status":"approved","status_detail":"accredited","transaction_amount":78.00,
                 "currency_id":"USD","external_reference":"%s","payment_method_id":"pix"}""".formatted(saleId));

        String notification = "{\"action\":\"payment.updated\",\"type\":\"payment\",\"data\":{\"id\":\"1234567890\"},\"id\":987}";
        long now = Instant.now().getEpochSecond();
        var forged = mercadoPago(notification, "req-1", "ts=" + now + ",v1=" + "0".repeat(64));
        var checked = mercadoPago(notification, "req-2", MercadoPagoSignatures.of("1234567890", "req-2", now, secret));
        var again = mercadoPago(notification, "req-3", MercadoPagoSignatures.of("1234567890", "req-3", now, secret));

        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.text("$.errors[0].field")).isEqualTo("x-signature");
        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.text("$.outcome")).isEqualTo("COMPLETED");
        assertThat(again.text("$.outcome")).isEqualTo("DUPLICATE");
        assertThat(mercadoPagoAuthorizations).contains("Bearer APP_USR-test-token");
        var sale = api.get("/api/v1/sales/" + saleId, token());
        assertThat(sale.text("$.paymentStatus")).isEqualTo("COMPLETED");
        assertThat(sale.text("$.paymentProvider")).isEqualTo("MERCADO_PAGO");
        assertThat(sale.text("$.paymentMethod")).isEqualTo("pix");
        await().atMost(PATIENCE).until(() -> lastText().startsWith("¡Pago recibido!"));
    }

    private Api.Reply mercadoPago(String notification, String requestId, String signature) {
        return api.raw(MockMvcRequestBuilders.post("/webhooks/mercadopago/" + whatsapp.owner().companyId() + "?data.id=1234567890&type=payment")
                .contentType(MediaType.APPLICATION_JSON).content(notification)
                .header("x-request-id", requestId).header("x-signature", signature));
    }

    static final String CUSTOMER = "5491155550077";

    private String say(String messageId, String text) {
        int before = graph.messages(whatsapp.phoneNumberId()).size();
        assertThat(whatsapp.deliver(whatsapp.text(CUSTOMER, "Lucía", messageId, text)).status()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> graph.messages(whatsapp.phoneNumberId()).size() > before);
        return lastText();
    }

    private String lastText() {
        List<GraphStub.Call> sent = graph.messages(whatsapp.phoneNumberId());
        GraphStub.Call last = sent.get(sent.size() - 1);
        return "interactive".equals(last.json().read("$.type")) ? last.json().read("$.interactive.body.text")
                : last.json().read("$.text.body");
    }

    private String token() {
        return whatsapp.owner().accessToken();
    }

    /** Mercado Pago's scheme: ts=<seconds>,v1=<hex HMAC-SHA256 of "id:<data.id>;request-id:<x-request-id>;ts:<ts>;">. */
    static final class MercadoPagoSignatures {

        static String of(String dataId, String requestId, long timestamp, String secret) {
            return "ts=" + timestamp + ",v1=" + StripeSignatures.hmac(
                    "id:" + dataId + ";request-id:" + requestId + ";ts:" + timestamp + ";", secret);
        }
    }
}
