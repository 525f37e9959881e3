package com.lyrox.billing.internal;

import com.lyrox.billing.BillingStripeSettings;
import com.lyrox.platform.PageQuery;
import com.lyrox.platform.PageResponse;
import com.lyrox.platform.Role;
import com.lyrox.tenants.Plan;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Buying a plan: the owner is sent to Stripe Checkout, and Stripe's webhooks about the
 * subscription (on Lyrox's own account, not a company's) change the company's plan.
 */
@RestController
@Tag(name = "Billing", description = "Plan usage, and buying a plan")
class PlanPurchaseController {

    /** The plan the owner wants to pay for. */
    @Schema(name = "PlanPurchase")
    record Purchase(@NotNull @Schema(example = "PROFESSIONAL") Plan plan) {
    }

    /** Money the owner wants to put on the prepaid balance. */
    @Schema(name = "TopUp")
    record TopUp(@NotNull @DecimalMin("1.00") @DecimalMax("10000.00") @Digits(integer = 5, fraction = 2)
                 @Schema(type = "string", example = "50.00") BigDecimal amount) {
    }

    /** What Stripe answered to a plan's webhook event. */
    @Schema(name = "BillingWebhookAnswer")
    record Answer(String eventId, SubscriptionEvents.Outcome outcome) {
    }

    /** The plans an owner can pay for here. */
    @Schema(name = "PlansOnSale")
    record OnSale(@Schema(description = "False when plans are not sold on this server (a platform administrator changes them)")
                  boolean sellsPlans, List<Plan> plans) {
    }

    private final PlanCheckout checkout;
    private final SubscriptionEvents events;
    private final BillingStripeSettings settings;
    private final PlanInvoices invoices;

    PlanPurchaseController(PlanCheckout checkout, SubscriptionEvents events, BillingStripeSettings settings,
                           PlanInvoices invoices) {
        this.invoices = invoices;
        this.checkout = checkout;
        this.events = events;
        this.settings = settings;
    }

    @GetMapping("/api/v1/billing/plans")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "The plans an owner can pay for on this server")
    OnSale plans() {
        return new OnSale(settings.sellsPlans(), settings.sellsPlans()
                ? Arrays.stream(Plan.values()).filter(plan -> settings.prices().containsKey(plan)).toList() : List.of());
    }

    @GetMapping("/api/v1/billing/invoices")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "The invoices of the company's plan, newest first, with Stripe's page and PDF of each")
    PageResponse<PlanInvoices.View> invoices(@ParameterObject @Valid PageQuery page) {
        var pageable = page.toPageable(org.springframework.data.domain.Sort.unsorted());
        return invoices.list(pageable.getPageNumber(), pageable.getPageSize());
    }

    @PostMapping("/api/v1/billing/checkout")
    @PreAuthorize("hasRole('OWNER')")
    @Operation(summary = "Pay for a plan (OWNER): the Stripe Checkout URL to send the owner to; 409 when plans are not sold here")
    PlanCheckout.Checkout buy(@Valid @RequestBody Purchase purchase) {
        return checkout.start(purchase.plan(), ServletUriComponentsBuilder.fromCurrentContextPath().path("/billing").toUriString());
    }

    @PostMapping("/api/v1/billing/deposits/checkout")
    @PreAuthorize("hasRole('OWNER')")
    @Operation(summary = "Put money on the prepaid balance (OWNER): the Stripe Checkout URL; 409 when nothing is sold here")
    PlanCheckout.Checkout topUp(@Valid @RequestBody TopUp topUp) {
        return checkout.topUp(topUp.amount(), ServletUriComponentsBuilder.fromCurrentContextPath().path("/billing").toUriString());
    }

    @PostMapping(path = "/webhooks/stripe-billing", consumes = MediaType.ALL_VALUE)
    @SecurityRequirements
    @Operation(summary = "Stripe's events about Lyrox's own subscriptions and balance top-ups (checkout.session.*, customer.subscription.*, invoice.*)")
    Answer webhook(@RequestBody(required = false) byte[] body,
                   @RequestHeader(name = SubscriptionEvents.SIGNATURE, required = false) String signature) {
        SubscriptionEvents.Change change = events.read(body == null ? new byte[0] : body, signature);
        return new Answer(change.eventId(), events.applyInItsTenant(change));
    }
}
