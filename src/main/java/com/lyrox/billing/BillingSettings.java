package com.lyrox.billing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lyrox.billing.*}: AI interactions per month by plan (-1: unlimited).
 *
 * @param freeAiInteractions         the FREE plan's monthly allowance
 * @param starterAiInteractions      the STARTER plan's monthly allowance
 * @param professionalAiInteractions the PROFESSIONAL plan's monthly allowance
 * @param enterpriseAiInteractions   the ENTERPRISE plan's monthly allowance
 */
@ConfigurationProperties("lyrox.billing")
public record BillingSettings(
        @DefaultValue("1000") long freeAiInteractions,
        @DefaultValue("1000") long starterAiInteractions,
        @DefaultValue("10000") long professionalAiInteractions,
        @DefaultValue("-1") long enterpriseAiInteractions) {
}
