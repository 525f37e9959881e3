package com.lyrox.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lyrox.platform.TenantContext;
import com.lyrox.support.Api;
import com.lyrox.support.Api.Account;
import com.lyrox.support.GraphStub;
import com.lyrox.support.LyroxTest;
import com.lyrox.support.WhatsAppFixture;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lead scores learned from a company's own sales: on a generated history in which some behaviours
 * lead to purchases (asking the price, saying they want it, getting a link) and others away from
 * them (complaints, objections), the model learned from older customers ranks the newest ones,
 * held out, buyers above non-buyers; scores follow a conversation turn by turn.
 */
@LyroxTest
class LeadScoringTests {

    static final GraphStub graph = GraphStub.shared();
    static final int CUSTOMERS = 400;

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    /** One generated customer: behaviours drawn at random, buying more likely with some of them. */
    record Lead(UUID id, Instant firstContact, int prices, int wants, int links, int complaints, int objections, boolean buys) {
    }

    @Test
    void aModelLearnedFromOlderCustomersRanksTheNewestBuyersAboveTheirNonBuyers() {
        Account owner = api.signUp();
        UUID product = api.post("/api/v1/products", owner.accessToken(), Api.productBody("Plan Mensual", "49.00")).id();
        List<Lead> leads = generate(new Random(7), Instant.now());
        TenantContext.runAs(owner.companyId(), null, () -> seed(owner.companyId(), product, leads));
        long buyers = leads.stream().filter(Lead::buys).count();

        var model = api.post("/api/v1/analytics/lead-model/train", owner.accessToken(), null);

        assertThat(model.status()).isEqualTo(200);
        assertThat((Integer) model.read("$.customers")).isEqualTo(CUSTOMERS);
        assertThat(((Integer) model.read("$.conversions")).longValue()).isEqualTo(buyers);
        assertThat(model.text("$.kind")).isEqualTo("LEARNED");
        assertThat((Integer) model.read("$.holdout")).isEqualTo(CUSTOMERS / 4);
        double auc = ((Number) model.read("$.auc")).doubleValue();
        System.out.printf("Lead model on %d customers (%d buyers): held-out AUC %.3f, Brier %.3f%n", CUSTOMERS, buyers, auc,
                ((Number) model.read("$.brier")).doubleValue());
        // A model that ranks at random scores 0.5 here.
        assertThat(auc).isGreaterThan(0.75);
        Map<String, Double> weights = new java.util.HashMap<>();
        List<Map<String, Object>> listed = model.read("$.weights");
        listed.forEach(weight -> weights.put((String) weight.get("feature"), ((Number) weight.get("weight")).doubleValue()));
        assertThat(weights.get("buying_intents")).isPositive();
        assertThat(weights.get("complaints")).isNegative();

        // Every customer is scored; the list sorts by score, highest first, and filters by it.
        var best = api.get("/api/v1/customers?sort=score,desc&size=100", owner.accessToken());
        List<Integer> scores = best.read("$.items[*].score");
        assertThat(scores).hasSize(100).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(best.<List<?>>read("$.items[0].scoreFactors")).isNotEmpty();
        int floor = scores.get(49);
        var filtered = api.get("/api/v1/customers?minScore=" + floor + "&size=100", owner.accessToken());
        assertThat(filtered.<List<Integer>>read("$.items[*].score")).allSatisfy(score -> assertThat(score).isGreaterThanOrEqualTo(floor));

        // A customer with nothing recorded yet is still scored once the company has a model.
        UUID quiet = api.post("/api/v1/customers", owner.accessToken(), Map.of("phone", "+5491169999999", "name", "Quiet")).id();
        api.patch("/api/v1/customers/" + quiet + "/stage", owner.accessToken(), Map.of("stage", "QUALIFIED"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                api.get("/api/v1/customers/" + quiet, owner.accessToken()).<Map<String, Object>>read("$")).containsKey("score"));

        // Another company's model and customers are not this one's.
        Account other = api.signUp();
        assertThat(api.get("/api/v1/analytics/lead-model", other.accessToken()).text("$.kind")).isEqualTo("PRIOR");
        assertThat((Integer) api.get("/api/v1/customers", other.accessToken()).read("$.total")).isZero();
    }

    @Test
    void aCustomersScoreFollowsTheirConversationWithTheReasonsInWords() {
        WhatsAppFixture whatsapp = WhatsAppFixture.connect(api, graph);
        String token = whatsapp.owner().accessToken();
        assertThat(api.post("/api/v1/products", token, Api.productBody("Plan Mensual", "49.00")).status()).isEqualTo(201);

        whatsapp.deliver(whatsapp.text("5491155550303", "Lucía", "wamid.S1", "Hola, ¿cuánto cuesta el plan mensual?"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                api.get("/api/v1/customers", token).<Map<String, Object>>read("$.items[0]")).containsKey("score"));
        var first = api.get("/api/v1/customers", token);
        int asked = first.read("$.items[0].score");
        assertThat(first.<List<String>>read("$.items[0].scoreFactors[*].text")).contains("asked for the price");

        whatsapp.deliver(whatsapp.text("5491155550303", "Lucía", "wamid.S2", "Lo quiero, ¿cómo pago?"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                api.get("/api/v1/customers", token).<Integer>read("$.items[0].score")).isGreaterThan(asked));
        assertThat(api.get("/api/v1/customers", token).<List<String>>read("$.items[0].scoreFactors[*].code"))
                .contains("buying_intents");
        assertThat(api.get("/api/v1/analytics/lead-model", token).text("$.kind")).isEqualTo("PRIOR");
    }

    @Test
    void aListSortedOrFilteredAnotherWayIsRefusedNamingTheParameter() {
        Account owner = api.signUp();
        var sort = api.get("/api/v1/customers?sort=phone,desc", owner.accessToken());
        assertThat(sort.status()).isEqualTo(400);
        assertThat(sort.text("$.errors[0].field")).isEqualTo("sort");
        var score = api.get("/api/v1/customers?minScore=101", owner.accessToken());
        assertThat(score.status()).isEqualTo(400);
        assertThat(score.text("$.errors[0].field")).isEqualTo("minScore");
        Account viewer = api.member(owner, "VIEWER");
        assertThat(api.post("/api/v1/analytics/lead-model/train", viewer.accessToken(), null).status()).isEqualTo(403);
    }

    private static List<Lead> generate(Random random, Instant now) {
        List<Lead> leads = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            Instant firstContact = now.minus(Duration.ofHours(24L * 200 - i * 12L));
            int prices = random.nextInt(4);
            int wants = random.nextDouble() < 0.35 ? 1 + random.nextInt(2) : 0;
            int links = wants > 0 && random.nextDouble() < 0.7 ? 1 : 0;
            int complaints = random.nextDouble() < 0.2 ? 1 + random.nextInt(2) : 0;
            int objections = random.nextInt(3);
            double odds = -2.6 + 0.5 * prices + 1.4 * wants + 1.0 * links - 1.3 * complaints - 0.6 * objections;
            boolean buys = random.nextDouble() < 1 / (1 + Math.exp(-odds));
            leads.add(new Lead(UUID.randomUUID(), firstContact, prices, wants, links, complaints, objections, buys));
        }
        return leads;
    }

    private void seed(UUID companyId, UUID product, List<Lead> leads) {
        List<Object[]> customers = new ArrayList<>();
        List<Object[]> logs = new ArrayList<>();
        List<Object[]> sales = new ArrayList<>();
        int n = 0;
        for (Lead lead : leads) {
            List<String> intents = new ArrayList<>();
            for (int i = 0; i < lead.prices(); i++) intents.add("PRICE_QUESTION");
            for (int i = 0; i < lead.objections(); i++) intents.add("OBJECTION");
            for (int i = 0; i < lead.complaints(); i++) intents.add("COMPLAINT");
            for (int i = 0; i < lead.wants(); i++) intents.add("BUYING_INTENT");
            intents.add("GREETING");
            Instant at = lead.firstContact();
            for (int i = 0; i < intents.size(); i++) {
                at = at.plus(Duration.ofHours(2));
                boolean link = lead.links() > 0 && "BUYING_INTENT".equals(intents.get(i));
                logs.add(new Object[] {UUID.randomUUID(), companyId, "{\"intent\":\"" + intents.get(i) + "\",\"tools\":"
                        + (link ? "[\"send_payment_link\"]" : "[]") + "}", lead.id(), Timestamp.from(at)});
            }
            customers.add(new Object[] {lead.id(), companyId, "+5491160" + String.format("%06d", n++), "Lead " + n,
                    Timestamp.from(lead.firstContact()), Timestamp.from(at), intents.size()});
            if (lead.buys()) {
                Instant paid = at.plus(Duration.ofHours(1));
                sales.add(new Object[] {UUID.randomUUID(), companyId, lead.id(), product, Timestamp.from(paid), Timestamp.from(paid)});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO customers (id, company_id, phone, name, first_contact, last_interaction, total_interactions)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", customers);
        jdbc.batchUpdate("""
                INSERT INTO agent_logs (id, company_id, agent_type, event_type, event_data, customer_id, created_at)
                VALUES (?, ?, 'sales-agent', 'reply', ?::jsonb, ?, ?)""", logs);
        jdbc.batchUpdate("""
                INSERT INTO sales (id, company_id, customer_id, product_id, amount, currency, payment_status, sale_date, completed_at)
                VALUES (?, ?, ?, ?, 49.00, 'USD', 'COMPLETED', ?, ?)""", sales);
    }
}
