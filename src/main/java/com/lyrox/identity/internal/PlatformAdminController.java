package com.lyrox.identity.internal;

import com.lyrox.billing.PrepaidBalance;
import com.lyrox.identity.PlatformSettings;
import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.AuthenticatedCaller;
import com.lyrox.platform.PageQuery;
import com.lyrox.platform.PageResponse;
import com.lyrox.platform.Role;
import com.lyrox.platform.TenantContext;
import com.lyrox.tenants.Companies;
import com.lyrox.tenants.CompanyProfile;
import com.lyrox.tenants.Plan;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platform's own administration, across companies: their plans, trials, suspensions and prepaid balances. Only the accounts
 * named in {@code lyrox.platform.admins} may call it, whatever their role in their own company;
 * anyone else gets 403, company owners included.
 */
@RestController
@RequestMapping("/api/v1/admin/companies")
@Tag(name = "Platform administration", description = "Plans and trials of every company; platform administrators only")
class PlatformAdminController {

    /** A plan to put a company on. */
    @Schema(name = "PlanChange")
    record PlanChange(@NotNull @Schema(example = "PROFESSIONAL") Plan plan) {
    }

    /** Days to add to a company's trial. */
    @Schema(name = "TrialExtension")
    record TrialExtension(@NotNull @Min(1) @Max(365) @Schema(example = "14") Integer days) {
    }

    /** Why a company is suspended, as its members are told. */
    @Schema(name = "Suspension")
    record Suspension(@NotBlank @Size(max = 500) @Schema(example = "Unpaid invoices since October") String reason) {
    }

    /** Money put on a company's prepaid balance. */
    @Schema(name = "DepositRequest")
    record DepositRequest(@NotNull @DecimalMin(value = "0.01") @Digits(integer = 12, fraction = 3)
                          @Schema(type = "string", example = "50.00") BigDecimal amount,
                          @NotBlank @Size(max = 255) @Schema(example = "bank-transfer-2026-12-06",
                                  description = "Unique per company: the same reference again is the same deposit") String reference,
                          @Size(max = 500) String note) {
    }

    private final Companies companies;
    private final UserRepository users;
    private final Set<String> admins;
    private final PrepaidBalance balances;

    PlatformAdminController(Companies companies, UserRepository users, PlatformSettings settings, PrepaidBalance balances) {
        this.balances = balances;
        this.companies = companies;
        this.users = users;
        this.admins = settings.admins().stream().map(email -> email.trim().toLowerCase(Locale.ROOT))
                .filter(email -> !email.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    @GetMapping
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "Every company with its plan and trial, newest first; search by name")
    PageResponse<CompanyProfile> list(@ParameterObject @Valid PageQuery page, @RequestParam(required = false) String search) {
        requirePlatformAdmin();
        return PageResponse.of(companies.all(search, page.toPageable(Sort.by(Sort.Direction.DESC, "createdAt"))),
                Function.identity());
    }

    @PutMapping("/{id}/plan")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "Put a company on a plan; its trial, if any, ends")
    CompanyProfile changePlan(@PathVariable UUID id, @Valid @RequestBody PlanChange change) {
        requirePlatformAdmin();
        // In the company's own tenant: its subscription is behind row-level security.
        return TenantContext.callAs(id, null, () -> companies.changePlan(id, change.plan()));
    }

    @PostMapping("/{id}/trial")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "Lengthen a company's trial by some days (from its end, or from now when it has ended)")
    CompanyProfile extendTrial(@PathVariable UUID id, @Valid @RequestBody TrialExtension extension) {
        requirePlatformAdmin();
        return companies.extendTrial(id, Duration.ofDays(extension.days()));
    }

    @PostMapping("/{id}/suspend")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "Suspend a company: its members may only read, and the AI answers none of its customers")
    CompanyProfile suspend(@PathVariable UUID id, @Valid @RequestBody Suspension suspension) {
        requirePlatformAdmin();
        return companies.suspend(id, suspension.reason().trim());
    }

    @PostMapping("/{id}/reactivate")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "End a company's suspension")
    CompanyProfile reactivate(@PathVariable UUID id) {
        requirePlatformAdmin();
        return companies.reactivate(id);
    }

    @PostMapping("/{id}/deposits")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "Put money on a company's prepaid balance, which pays for AI interactions past its plan's allowance; "
            + "a reference used before answers its deposit again")
    PrepaidBalance.Deposit deposit(@PathVariable UUID id, @Valid @RequestBody DepositRequest deposit) {
        requirePlatformAdmin();
        companies.find(id).orElseThrow(() -> ApiProblem.notFound("Company"));
        return balances.deposit(id, deposit.amount(), deposit.reference().trim(), "ADMIN", deposit.note());
    }

    /** Signed in with a user account listed in {@code lyrox.platform.admins}; API keys never are. */
    private void requirePlatformAdmin() {
        AuthenticatedCaller caller = AuthenticatedCaller.current();
        boolean admin = caller.apiKeyId() == null && caller.userId() != null && !admins.isEmpty()
                && users.findById(caller.userId()).map(user -> admins.contains(user.email())).orElse(false);
        if (!admin) {
            throw ApiProblem.forbidden("Platform administrators only (lyrox.platform.admins)");
        }
    }
}
