package com.lyrox.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import com.lyrox.billing.AiQuota;
import com.lyrox.platform.TenantContext;
import com.lyrox.support.Api;
import com.lyrox.support.Api.Account;
import com.lyrox.support.LyroxTest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@LyroxTest
class CompanyApiTests {

    @Autowired
    Api api;

    @Autowired
    AiQuota quota;

    @Autowired
    JdbcTemplate jdbc;

    static Map<String, Object> profile(String name, String plan) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("industry", "Fitness & Wellness");
        body.put("website", "https://coach.example.com");
        body.put("brandPersonality", "Eres un coach fitness cercano y directo.");
        body.put("aiInstructions", "Responde en menos de 80 palabras.");
        body.put("language", "pt-BR");
        body.put("timezone", "America/Sao_Paulo");
        body.put("plan", plan);
        return body;
    }

    private String subscriptionPlan(UUID companyId) {
        return TenantContext.callAs(companyId, null, () -> jdbc.queryForObject(
                "SELECT plan FROM subscriptions WHERE company_id = ? ORDER BY created_at DESC LIMIT 1", String.class, companyId));
    }

    private Api.Reply company(Account account) {
        var reply = api.get("/api/v1/company", account.accessToken());
        assertThat(reply.status()).isEqualTo(200);
        return reply;
    }

    @Test
    void showsTheSignedUpCompanyOnTheFreePlan() {
        Account owner = api.signUp("Emilio Born Coaching");
        var reply = company(owner);
        assertThat(reply.text("$.id")).isEqualTo(owner.companyId().toString());
        assertThat(reply.text("$.name")).isEqualTo("Emilio Born Coaching");
        assertThat(reply.text("$.plan")).isEqualTo("FREE");
        assertThat(reply.text("$.language")).isEqualTo("es");
        assertThat(reply.text("$.timezone")).isEqualTo("UTC");
    }

    @Test
    void updatesTheProfileAndShowsItAfterwards() {
        Account owner = api.signUp();
        var updated = api.put("/api/v1/company", owner.accessToken(), profile("Studio Rio", "FREE"));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.text("$.name")).isEqualTo("Studio Rio");
        assertThat(updated.text("$.language")).isEqualTo("pt-BR");

        var reply = company(owner);
        assertThat(reply.text("$.name")).isEqualTo("Studio Rio");
        assertThat(reply.text("$.industry")).isEqualTo("Fitness & Wellness");
        assertThat(reply.text("$.website")).isEqualTo("https://coach.example.com");
        assertThat(reply.text("$.brandPersonality")).isEqualTo("Eres un coach fitness cercano y directo.");
        assertThat(reply.text("$.aiInstructions")).isEqualTo("Responde en menos de 80 palabras.");
        assertThat(reply.text("$.language")).isEqualTo("pt-BR");
        assertThat(reply.text("$.timezone")).isEqualTo("America/Sao_Paulo");
        assertThat(reply.text("$.plan")).isEqualTo("FREE");
    }

    @Test
    void rejectsAnUnknownTimezoneNamingTheFieldAndChangesNothing() {
        Account owner = api.signUp("Unchanged");
        Map<String, Object> body = profile("Renamed", "FREE");
        body.put("timezone", "Mars/Olympus");

        var reply = api.put("/api/v1/company", owner.accessToken(), body);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.text("$.type")).endsWith("/validation");
        assertThat(reply.text("$.errors[0].field")).isEqualTo("timezone");
        var unchanged = company(owner);
        assertThat(unchanged.text("$.name")).isEqualTo("Unchanged");
        assertThat(unchanged.text("$.timezone")).isEqualTo("UTC");
    }

    @Test
    void rejectsALanguageThatIsNotALanguageCodeNamingTheField() {
        Account owner = api.signUp("Unchanged");
        Map<String, Object> body = profile("Renamed", "FREE");
        body.put("language", "spanish");

        var reply = api.put("/api/v1/company", owner.accessToken(), body);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.text("$.type")).endsWith("/validation");
        assertThat(reply.text("$.errors[0].field")).isEqualTo("language");
        assertThat(company(owner).text("$.language")).isEqualTo("es");
    }

    @Test
    void requiresAName() {
        Account owner = api.signUp("Unchanged");
        Map<String, Object> body = profile("Renamed", "FREE");
        body.remove("name");

        var reply = api.put("/api/v1/company", owner.accessToken(), body);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.text("$.type")).endsWith("/validation");
        assertThat(reply.text("$.errors[0].field")).isEqualTo("name");
        assertThat(company(owner).text("$.name")).isEqualTo("Unchanged");
    }

    @Test
    void keepsTheAiModelAndTemperatureAndClearsThemWhenLeftOut() {
        Account owner = api.signUp();
        Map<String, Object> body = profile("Studio Rio", "FREE");
        body.put("aiModel", "gpt-4.1");
        body.put("aiTemperature", 0.7);

        assertThat(api.put("/api/v1/company", owner.accessToken(), body).status()).isEqualTo(200);
        var reply = company(owner);
        assertThat(reply.text("$.aiModel")).isEqualTo("gpt-4.1");
        assertThat(reply.text("$.aiTemperature")).isEqualTo("0.7");

        assertThat(api.put("/api/v1/company", owner.accessToken(), profile("Studio Rio", "FREE")).status()).isEqualTo(200);
        assertThat(company(owner).<Map<String, Object>>read("$")).doesNotContainKeys("aiModel", "aiTemperature");
    }

    @Test
    void rejectsATemperatureOutsideZeroToTwoAndAModelNameOverAHundredCharacters() {
        Account owner = api.signUp();
        for (Object temperature : List.of(2.5, -0.1, 0.123)) {
            Map<String, Object> body = profile("Studio Rio", "FREE");
            body.put("aiTemperature", temperature);
            var reply = api.put("/api/v1/company", owner.accessToken(), body);
            assertThat(reply.status()).as("temperature %s", temperature).isEqualTo(400);
            assertThat(reply.text("$.errors[0].field")).isEqualTo("aiTemperature");
        }
        Map<String, Object> body = profile("Studio Rio", "FREE");
        body.put("aiModel", "m".repeat(101));
        var reply = api.put("/api/v1/company", owner.accessToken(), body);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.text("$.errors[0].field")).isEqualTo("aiModel");
    }

    @Test
    void letsAgentsAndViewersReadTheProfileButNotEditIt() {
        Account owner = api.signUp("Unchanged");
        for (String role : List.of("AGENT", "VIEWER")) {
            Account member = api.member(owner, role);
            assertThat(company(member).text("$.name")).isEqualTo("Unchanged");
            var reply = api.put("/api/v1/company", member.accessToken(), profile("Renamed by " + role, "FREE"));
            assertThat(reply.status()).isEqualTo(403);
            assertThat(reply.text("$.type")).endsWith("/forbidden");
        }
        assertThat(company(owner).text("$.name")).isEqualTo("Unchanged");
    }

    @Test
    void letsAnAdminEditTheProfileButNotThePlan() {
        Account owner = api.signUp();
        Account admin = api.member(owner, "ADMIN");

        var edited = api.put("/api/v1/company", admin.accessToken(), profile("Edited by admin", "FREE"));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(company(owner).text("$.name")).isEqualTo("Edited by admin");

        var upgrade = api.put("/api/v1/company", admin.accessToken(), profile("Upgraded by admin", "PROFESSIONAL"));
        assertThat(upgrade.status()).isEqualTo(403);
        assertThat(upgrade.text("$.type")).endsWith("/forbidden");
        var unchanged = company(owner);
        assertThat(unchanged.text("$.plan")).isEqualTo("FREE");
        assertThat(unchanged.text("$.name")).isEqualTo("Edited by admin");
    }

    @Test
    void anOwnerCannotChangeThePlanButAPlatformAdministratorCan() {
        Account owner = api.signUp();
        var upgrade = api.put("/api/v1/company", owner.accessToken(), profile("Growing", "ENTERPRISE"));
        assertThat(upgrade.status()).isEqualTo(403);
        assertThat(upgrade.text("$.detail")).contains("plan", "billing");
        assertThat(company(owner).text("$.plan")).isEqualTo("FREE");
        assertThat(company(owner).text("$.name")).isNotEqualTo("Growing");
        // Without a plan, or with the current one, the profile is saved and the plan stays.
        Map<String, Object> withoutPlan = profile("Growing", null);
        withoutPlan.remove("plan");
        assertThat(api.put("/api/v1/company", owner.accessToken(), withoutPlan).text("$.plan")).isEqualTo("FREE");

        assertThat(api.put("/api/v1/admin/companies/" + owner.companyId() + "/plan", owner.accessToken(),
                Map.of("plan", "ENTERPRISE")).status()).isEqualTo(403);
        var changed = api.put("/api/v1/admin/companies/" + owner.companyId() + "/plan", api.platformAdmin().accessToken(),
                Map.of("plan", "PROFESSIONAL"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(company(owner).text("$.plan")).isEqualTo("PROFESSIONAL");
        // The subscription changed is the company's, not the administrator's own company's.
        assertThat(subscriptionPlan(owner.companyId())).isEqualTo("PROFESSIONAL");
        assertThat(subscriptionPlan(api.platformAdmin().companyId())).isEqualTo("FREE");
        assertThat(api.put("/api/v1/admin/companies/" + UUID.randomUUID() + "/plan", api.platformAdmin().accessToken(),
                Map.of("plan", "PROFESSIONAL")).status()).isEqualTo(404);
        var badPlan = api.put("/api/v1/admin/companies/" + owner.companyId() + "/plan", api.platformAdmin().accessToken(),
                Map.of("plan", "GOLD"));
        assertThat(badPlan.status()).isEqualTo(400);
    }

    @Test
    void onlyPlatformAdministratorsListEveryCompanyAndExtendTrials() {
        Account owner = api.signUp("Trial Studio " + UUID.randomUUID().toString().substring(0, 6));
        Account admin = api.platformAdmin();
        assertThat(api.get("/api/v1/admin/companies", owner.accessToken()).status()).isEqualTo(403);
        var found = api.get("/api/v1/admin/companies?search=" + company(owner).text("$.name").substring(0, 19), admin.accessToken());
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.<List<String>>read("$.items[*].id")).containsExactly(owner.companyId().toString());

        var trial = api.post("/api/v1/admin/companies/" + owner.companyId() + "/trial", admin.accessToken(), Map.of("days", 14));
        assertThat(trial.status()).isEqualTo(200);
        assertThat(Instant.parse(trial.text("$.trialEndsAt"))).isBetween(Instant.now().plus(Duration.ofDays(13)),
                Instant.now().plus(Duration.ofDays(15)));
        assertThat(api.post("/api/v1/admin/companies/" + owner.companyId() + "/trial", admin.accessToken(), Map.of("days", 0))
                .text("$.errors[0].field")).isEqualTo("days");
        assertThat(api.post("/api/v1/admin/companies/" + owner.companyId() + "/trial", owner.accessToken(), Map.of("days", 30))
                .status()).isEqualTo(403);
        // A plan given by billing ends the trial; a trial has every feature, bookings included, whatever the plan.
        api.plan(owner, "STARTER");
        assertThat(company(owner).body().jsonString()).doesNotContain("trialEndsAt");
        Map<String, Object> court = Map.of("name", "Court 1", "price", "10.00", "currency", "EUR");
        assertThat(api.post("/api/v1/resources", owner.accessToken(), court).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/admin/companies/" + owner.companyId() + "/trial", admin.accessToken(), Map.of("days", 7))
                .status()).isEqualTo(200);
        assertThat(api.post("/api/v1/resources", owner.accessToken(), court).status()).isEqualTo(201);
    }

    @Test
    void aSuspendedCompanyIsReadOnlyAndItsAiAnswersNoOneUntilItIsReactivated() {
        Account owner = api.signUp();
        Account admin = api.platformAdmin();
        assertThat(api.post("/api/v1/admin/companies/" + owner.companyId() + "/suspend", owner.accessToken(),
                Map.of("reason", "I suspend myself")).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/admin/companies/" + owner.companyId() + "/suspend", admin.accessToken(), Map.of("reason", " "))
                .text("$.errors[0].field")).isEqualTo("reason");

        var suspended = api.post("/api/v1/admin/companies/" + owner.companyId() + "/suspend", admin.accessToken(),
                Map.of("reason", "Unpaid invoices since October"));
        assertThat(suspended.status()).isEqualTo(200);
        assertThat(suspended.text("$.suspensionReason")).isEqualTo("Unpaid invoices since October");

        var refused = api.post("/api/v1/products", owner.accessToken(), Api.productBody("Clase", "10.00"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("$.detail")).contains("suspended", "Unpaid invoices since October");
        assertThat(api.get("/api/v1/products", owner.accessToken()).status()).isEqualTo(200);
        assertThat(quota.consume(owner.companyId()).allowed()).isFalse();

        assertThat(api.post("/api/v1/admin/companies/" + owner.companyId() + "/reactivate", admin.accessToken(), null)
                .status()).isEqualTo(200);
        assertThat(api.post("/api/v1/products", owner.accessToken(), Api.productBody("Clase", "10.00")).status()).isEqualTo(201);
        assertThat(quota.consume(owner.companyId()).allowed()).isTrue();
    }

    @Test
    void refusesCallersWithoutCredentials() {
        var reply = api.get("/api/v1/company", null);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.text("$.type")).endsWith("/unauthorized");
        assertThat(api.put("/api/v1/company", null, profile("Anonymous", "FREE")).status()).isEqualTo(401);
    }

    @Test
    void eachCompanyOnlySeesAndChangesItsOwnProfile() {
        Account a = api.signUp("Company A");
        Account b = api.signUp("Company B");

        assertThat(api.put("/api/v1/company", a.accessToken(), profile("Company A renamed", "FREE")).status())
                .isEqualTo(200);

        var ofA = company(a);
        assertThat(ofA.text("$.id")).isEqualTo(a.companyId().toString());
        assertThat(ofA.text("$.name")).isEqualTo("Company A renamed");
        var ofB = company(b);
        assertThat(ofB.text("$.id")).isEqualTo(b.companyId().toString());
        assertThat(ofB.text("$.name")).isEqualTo("Company B");
        assertThat(ofB.text("$.plan")).isEqualTo("FREE");
        assertThat(ofB.text("$.language")).isEqualTo("es");
    }
}
