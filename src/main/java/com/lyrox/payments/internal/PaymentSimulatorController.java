package com.lyrox.payments.internal;

import com.lyrox.payments.PaymentProvider;
import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.Role;
import com.lyrox.platform.TenantContext;
import com.lyrox.sales.SalesDesk;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

/**
 * The simulator's "pay" button: the customer pays a sale's link as they would at a provider. A
 * PAID event for the sale's amount is signed with the company's generic webhook secret (the
 * generic webhook is connected first when it is not) and handed to the generic webhook, which
 * checks it like any provider's; the whole loop runs without an account anywhere.
 */
@RestController
@RequestMapping("/api/v1/simulator/payments")
@ConditionalOnBooleanProperty("lyrox.simulator.enabled")
@Tag(name = "Simulator", description = "Write as a customer and read the business's answers, without WhatsApp")
class PaymentSimulatorController {

    /** The sale whose payment link the simulated customer pays. */
    record SimulatedPayment(@NotNull UUID saleId) {
    }

    private final SalesDesk sales;
    private final ProviderService providers;
    private final PaymentWebhookController webhooks;
    private final ObjectMapper json;

    PaymentSimulatorController(SalesDesk sales, ProviderService providers, PaymentWebhookController webhooks, ObjectMapper json) {
        this.sales = sales;
        this.providers = providers;
        this.webhooks = webhooks;
        this.json = json;
    }

    /** Connects the generic webhook for the simulator; if another payment connected it at the same moment, its secret. */
    private String connectGeneric() {
        try {
            return providers.connectGeneric().secret();
        } catch (org.springframework.dao.DataIntegrityViolationException raced) {
            return providers.secretsOf(PaymentProvider.GENERIC).map(ProviderService.Secrets::webhookSecret).orElseThrow();
        }
    }

    @PostMapping
    @PreAuthorize(Role.CAN_WRITE)
    @Operation(summary = "Pay a sale as its customer would: a signed PAID event for its amount, through the generic webhook")
    ProviderRequests.Answer pay(@Valid @RequestBody SimulatedPayment payment) {
        SalesDesk.SaleState sale = sales.find(payment.saleId()).orElseThrow(() -> ApiProblem.invalid("saleId", "no such sale"));
        String secret = providers.secretsOf(PaymentProvider.GENERIC).map(ProviderService.Secrets::webhookSecret)
                .orElseGet(this::connectGeneric);
        Map<String, String> event = new LinkedHashMap<>();
        event.put("eventId", "simulated-" + UUID.randomUUID());
        event.put("saleId", sale.id().toString());
        event.put("status", "PAID");
        event.put("amount", sale.amount().toPlainString());
        event.put("currency", sale.currency());
        event.put("paymentId", "sim_" + UUID.randomUUID().toString().substring(0, 8));
        event.put("paymentMethod", "simulator");
        byte[] body = json.writeValueAsBytes(event);
        return webhooks.generic(TenantContext.requireCompanyId().toString(), body, GenericEvents.signature(body, secret));
    }
}
