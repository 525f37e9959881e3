package com.lyrox.payments.internal;

import com.lyrox.payments.PaymentProvider;
import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payment providers' webhooks, one URL per company and provider. The signature is checked over
 * the raw bytes with the company's secret before anything is read; a bad or missing one, an
 * unknown company and a provider the company has not connected all answer the same 400, and
 * nothing changes. A checked event answers 200 with what was done, duplicates and events about
 * unknown sales included, so that the provider stops sending it.
 */
@RestController
@Tag(name = "Payment webhooks", description = "Called by payment providers, not by people")
class PaymentWebhookController {

    private final ProviderService providers;
    private final PaymentEvents events;
    private final StripeEvents stripe;
    private final MercadoPagoEvents mercadoPago;
    private final GenericEvents generic;

    PaymentWebhookController(ProviderService providers, PaymentEvents events, StripeEvents stripe,
                             MercadoPagoEvents mercadoPago, GenericEvents generic) {
        this.providers = providers;
        this.events = events;
        this.stripe = stripe;
        this.mercadoPago = mercadoPago;
        this.generic = generic;
    }

    /** The path a provider posts a company's events to. */
    static String pathOf(PaymentProvider provider, UUID companyId) {
        return switch (provider) {
            case STRIPE -> "/webhooks/stripe/" + companyId;
            case MERCADO_PAGO -> "/webhooks/mercadopago/" + companyId;
            case GENERIC -> "/webhooks/payments/" + companyId;
        };
    }

    @PostMapping(path = "/webhooks/stripe/{companyId}", consumes = MediaType.ALL_VALUE)
    @SecurityRequirements
    @Operation(summary = "Stripe events (checkout.session.*, charge.refunded), signed with Stripe-Signature")
    ProviderRequests.Answer stripe(@PathVariable String companyId, @RequestBody(required = false) byte[] body,
                                   @RequestHeader(name = StripeEvents.SIGNATURE, required = false) String signature) {
        return receive(companyId, PaymentProvider.STRIPE, StripeEvents.SIGNATURE,
                secrets -> stripe.read(body(body), signature, secrets.webhookSecret()));
    }

    @PostMapping(path = "/webhooks/mercadopago/{companyId}", consumes = MediaType.ALL_VALUE)
    @SecurityRequirements
    @Operation(summary = "Mercado Pago notifications, signed with x-signature and x-request-id; the payment is read from Mercado Pago")
    ProviderRequests.Answer mercadoPago(@PathVariable String companyId, @RequestBody(required = false) byte[] body,
                                        @RequestHeader(name = MercadoPagoEvents.SIGNATURE, required = false) String signature,
                                        @RequestHeader(name = "x-request-id", required = false) String requestId,
                                        @RequestParam(name = "data.id", required = false) String dataId) {
        return receive(companyId, PaymentProvider.MERCADO_PAGO, MercadoPagoEvents.SIGNATURE,
                secrets -> mercadoPago.read(body(body), signature, requestId, dataId, secrets));
    }

    @PostMapping(path = "/webhooks/payments/{companyId}", consumes = MediaType.ALL_VALUE)
    @SecurityRequirements
    @Operation(summary = "Any provider: {saleId, status, amount, currency, paymentId}, signed with X-Lyrox-Signature")
    ProviderRequests.Answer generic(@PathVariable String companyId, @RequestBody(required = false) byte[] body,
                                    @RequestHeader(name = GenericEvents.SIGNATURE, required = false) String signature) {
        return receive(companyId, PaymentProvider.GENERIC, GenericEvents.SIGNATURE,
                secrets -> generic.read(body(body), signature, secrets.webhookSecret()));
    }

    private ProviderRequests.Answer receive(String companyId, PaymentProvider provider, String signatureHeader,
                                            Function<ProviderService.Secrets, ProviderEvent> read) {
        UUID company = uuid(companyId);
        if (company == null) {
            throw notConnected(signatureHeader);
        }
        return TenantContext.callAs(company, null, () -> {
            ProviderService.Secrets secrets = providers.secretsOf(provider).orElseThrow(() -> notConnected(signatureHeader));
            ProviderEvent event = read.apply(secrets);
            return new ProviderRequests.Answer(event.eventId(), events.apply(event));
        });
    }

    /** Said of a company that does not exist or has not connected the provider, as of a wrong signature: nothing to learn from it. */
    private static ApiProblem notConnected(String signatureHeader) {
        return ApiProblem.invalid(signatureHeader, "does not match a connected provider's secret for this URL");
    }

    private static byte[] body(byte[] body) {
        return body == null ? new byte[0] : body;
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
