package com.lyrox.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CompanyProfileTests {

    static CompanyProfile on(Plan plan, Instant trialEndsAt) {
        return new CompanyProfile(UUID.randomUUID(), "Studio", null, null, "", "", "es", "UTC", plan, trialEndsAt, null, null,
                Instant.parse("2026-12-01T00:00:00Z"), null, null);
    }

    @Test
    void aTrialHasTheTopPlanUntilItEndsAndThenTheCompanysOwnPlanApplies() {
        Instant ends = Instant.parse("2026-12-15T00:00:00Z");
        CompanyProfile trial = on(Plan.STARTER, ends);

        assertThat(trial.planAt(ends.minus(Duration.ofSeconds(1)))).isEqualTo(Plan.ENTERPRISE);
        assertThat(trial.planAt(ends)).isEqualTo(Plan.STARTER);
        assertThat(on(Plan.FREE, null).planAt(ends)).isEqualTo(Plan.FREE);
    }
}
