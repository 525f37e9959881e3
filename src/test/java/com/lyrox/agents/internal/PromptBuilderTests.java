package com.lyrox.agents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.lyrox.agents.internal.ChatModel.TurnContext;
import com.lyrox.tenants.CompanyProfile;
import com.lyrox.tenants.Plan;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PromptBuilderTests {

    @Test
    void theCompanysVoiceCatalogAndSummaryComeFirstAndTheRulesLast() {
        CompanyProfile company = new CompanyProfile(UUID.randomUUID(), "Emilio Born Coaching", "Fitness & Wellness", null,
                "Eres Emilio Born, un coach fitness venezolano.", "Ofrece el Reto Mensual a quien duda.", "es",
                "America/New_York", Plan.FREE, null, null, null, Instant.now(), null, null);
        TurnContext context = new TurnContext(company.id(), UUID.randomUUID(), UUID.randomUUID(), company.name(), "Ana",
                "QUALIFIED", "es", OfflineSalesModelTests.CATALOG, "¿y el reto?");

        String prompt = PromptBuilder.system(company, context, "preguntó precios; le interesa Reto Mensual");

        assertThat(prompt).startsWith("Eres Emilio Born")
                .contains("Ofrece el Reto Mensual a quien duda.")
                .contains(OfflineSalesModelTests.RETO.id() + " | Reto Mensual | 78 USD")
                .contains("Customer: Ana, stage QUALIFIED.")
                .contains("Summary of the conversation so far: preguntó precios; le interesa Reto Mensual")
                .endsWith("put each on its own line starting with \"- \".");
        assertThat(prompt.indexOf("Rules that always apply")).isGreaterThan(prompt.indexOf("Catalog"));
        assertThat(prompt).contains("customer's language (es)");
    }
}
