package com.lyrox.billing;

import com.lyrox.tenants.Plan;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lyrox.billing.*}: AI interactions per month by plan (-1: unlimited), what use past the
 * allowance costs, and the plan prices of Lyrox's own monthly statements.
 *
 * @param freeAiInteractions         the FREE plan's monthly allowance
 * @param starterAiInteractions      the STARTER plan's monthly allowance
 * @param professionalAiInteractions the PROFESSIONAL plan's monthly allowance
 * @param enterpriseAiInteractions   the ENTERPRISE plan's monthly allowance
 * @param currency                   the currency of balances, deposits and statements (ISO 4217)
 * @param overagePrice               what one AI interaction past the allowance takes from the prepaid balance
 * @param lowBalance                 below this balance the owner is told, once until a deposit lifts it again
 * @param planPrices                 each plan's monthly price on the statement of a company whose plan is not
 *                                   billed through Stripe (a plan missing here is priced 0)
 */
@ConfigurationProperties("lyrox.billing")
public record BillingSettings(
        @DefaultValue("1000") long freeAiInteractions,
        @DefaultValue("1000") long starterAiInteractions,
        @DefaultValue("10000") long professionalAiInteractions,
        @DefaultValue("-1") long enterpriseAiInteractions,
        @DefaultValue("USD") String currency,
        @DefaultValue("0.02") BigDecimal overagePrice,
        @DefaultValue("5.00") BigDecimal lowBalance,
        @DefaultValue Map<Plan, BigDecimal> planPrices) {

    /** The monthly allowance of a plan's AI interactions, -1 when unlimited. */
    public long aiInteractions(Plan plan) {
        return switch (plan) {
            case FREE -> freeAiInteractions;
            case STARTER -> starterAiInteractions;
            case PROFESSIONAL -> professionalAiInteractions;
            case ENTERPRISE -> enterpriseAiInteractions;
        };
    }

    /** A plan's monthly price on Lyrox's own statement. */
    public BigDecimal planPrice(Plan plan) {
        return planPrices.getOrDefault(plan, BigDecimal.ZERO);
    }
}
