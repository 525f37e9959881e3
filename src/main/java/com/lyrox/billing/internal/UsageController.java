package com.lyrox.billing.internal;

import com.lyrox.billing.AiQuota;
import com.lyrox.platform.Role;
import com.lyrox.platform.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** This month's AI interactions against the plan's allowance. */
@RestController
@Tag(name = "Billing", description = "Plan usage")
class UsageController {

    private final AiQuota quota;
    private final MonthlyUsage monthly;

    UsageController(AiQuota quota, MonthlyUsage monthly) {
        this.quota = quota;
        this.monthly = monthly;
    }

    /** Usage as the dashboard's quota bar shows it. */
    record UsageView(String month, String plan, long used, long limit, int percent,
                     @Schema(description = "AI interactions past the allowance this month, paid from the prepaid balance") long overage,
                     @Schema(description = "Messages sent to customers this month") long outboundMessages,
                     @Schema(description = "Whether the AI answers: within the allowance, or past it with a balance that pays")
                     boolean aiActive) {
    }

    @GetMapping("/api/v1/billing/usage")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "AI interactions this month against the plan's allowance (limit -1: unlimited), the overage and the messages sent")
    UsageView usage() {
        UUID companyId = TenantContext.requireCompanyId();
        AiQuota.Usage usage = quota.usage(companyId);
        return new UsageView(usage.month(), usage.plan(), usage.used(), usage.limit(), usage.percent(), usage.overage(),
                monthly.outbound(companyId, usage.month()), usage.allowed());
    }
}
