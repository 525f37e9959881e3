package com.lyrox.billing.internal;

import com.lyrox.billing.AiQuota;
import com.lyrox.platform.Role;
import com.lyrox.platform.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** This month's AI interactions against the plan's allowance. */
@RestController
@Tag(name = "Billing", description = "Plan usage")
class UsageController {

    private final AiQuota quota;

    UsageController(AiQuota quota) {
        this.quota = quota;
    }

    /** Usage as the dashboard's quota bar shows it. */
    record UsageView(String month, String plan, long used, long limit, int percent, boolean aiActive) {
    }

    @GetMapping("/api/v1/billing/usage")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "AI interactions this month against the plan's allowance (limit -1: unlimited)")
    UsageView usage() {
        AiQuota.Usage usage = quota.usage(TenantContext.requireCompanyId());
        return new UsageView(usage.month(), usage.plan(), usage.used(), usage.limit(), usage.percent(), usage.allowed());
    }
}
