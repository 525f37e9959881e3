package com.lyrox.payments.internal;

import com.lyrox.payments.PaymentProvider;
import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.PageQuery;
import com.lyrox.platform.PageResponse;
import com.lyrox.platform.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The company's payment providers (admins connect them) and the events they sent (everyone reads). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Payment providers", description = "Stripe, Mercado Pago and a generic signed webhook complete sales by themselves")
class ProviderController {

    private final ProviderService providers;
    private final PaymentEventLog log;

    ProviderController(ProviderService providers, PaymentEventLog log) {
        this.providers = providers;
        this.log = log;
    }

    @GetMapping("/payment-providers")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "Every provider, connected or not, with the webhook URL to give it")
    List<ProviderRequests.View> list() {
        return providers.list();
    }

    @PutMapping("/payment-providers/stripe")
    @PreAuthorize(Role.CAN_ADMINISTER)
    @Operation(summary = "Connect Stripe with the endpoint's webhook signing secret (and optionally a secret key)")
    ProviderRequests.View connectStripe(@Valid @RequestBody ProviderRequests.Stripe request) {
        return ConnectOnce.connect(() -> providers.connectStripe(request));
    }

    @PutMapping("/payment-providers/mercadopago")
    @PreAuthorize(Role.CAN_ADMINISTER)
    @Operation(summary = "Connect Mercado Pago with its webhook secret and an access token to read payments with")
    ProviderRequests.View connectMercadoPago(@Valid @RequestBody ProviderRequests.MercadoPago request) {
        return ConnectOnce.connect(() -> providers.connectMercadoPago(request));
    }

    @PutMapping("/payment-providers/generic")
    @PreAuthorize(Role.CAN_ADMINISTER)
    @Operation(summary = "Connect the generic webhook, or give it a new secret: the secret is answered this once")
    ProviderRequests.GenericConnected connectGeneric() {
        return ConnectOnce.connect(providers::connectGeneric);
    }

    @DeleteMapping("/payment-providers/{provider}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Role.CAN_ADMINISTER)
    @Operation(summary = "Disconnect a provider (stripe, mercadopago or generic): its webhooks are refused from then on")
    void disconnect(@PathVariable String provider) {
        providers.disconnect(Arrays.stream(PaymentProvider.values()).filter(known -> known.slug().equals(provider)).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("Payment provider")));
    }

    @GetMapping("/payment-events")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "The events providers sent, newest first, each with what was done with it")
    PageResponse<ProviderRequests.EventView> events(@ParameterObject @Valid PageQuery page) {
        var pageable = page.toPageable(org.springframework.data.domain.Sort.unsorted());
        return log.list(pageable.getPageNumber(), pageable.getPageSize());
    }
}
