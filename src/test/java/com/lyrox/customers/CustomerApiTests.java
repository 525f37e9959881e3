package com.lyrox.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.lyrox.support.Api;
import com.lyrox.support.Api.Account;
import com.lyrox.support.LyroxTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@LyroxTest
class CustomerApiTests {

    @Autowired
    Api api;

    static Map<String, Object> customer(String phone, String name, String email, String stage, String... tags) {
        Map<String, Object> body = new HashMap<>();
        body.put("phone", phone);
        body.put("name", name);
        body.put("email", email);
        body.put("stage", stage);
        body.put("tags", List.of(tags));
        return body;
    }

    private UUID create(Account owner, Map<String, Object> body) {
        var reply = api.post("/api/v1/customers", owner.accessToken(), body);
        assertThat(reply.status()).isEqualTo(201);
        return reply.id();
    }

    private int total(Account account, String query) {
        var reply = api.get("/api/v1/customers" + query, account.accessToken());
        assertThat(reply.status()).isEqualTo(200);
        return (Integer) reply.read("$.total");
    }

    private List<String> names(Account account, String query) {
        var reply = api.get("/api/v1/customers" + query, account.accessToken());
        assertThat(reply.status()).isEqualTo(200);
        return reply.read("$.items[*].name");
    }

    private static List<String> tags(Api.Reply customer) {
        return customer.read("$.tags");
    }

    @Test
    void createsALeadWithNormalisedTagsAndNoValueYet() {
        Account owner = api.signUp();
        var created = api.post("/api/v1/customers", owner.accessToken(),
                customer("+13055550123", "Maria Gonzalez", "maria@example.com", null, "VIP", "vip", " Fitness "));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("$.stage")).isEqualTo("LEAD");
        assertThat(tags(created)).containsExactly("vip", "fitness");
        assertThat(created.text("$.lifetimeValue")).isEqualTo("0.00");
        assertThat((Integer) created.read("$.totalInteractions")).isZero();
        assertThat(created.text("$.firstContact")).isNotBlank();

        var fetched = api.get("/api/v1/customers/" + created.id(), owner.accessToken());
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.text("$.phone")).isEqualTo("+13055550123");
        assertThat(fetched.text("$.email")).isEqualTo("maria@example.com");
        assertThat(tags(fetched)).containsExactly("vip", "fitness");
        assertThat(fetched.text("$.lifetimeValue")).isEqualTo("0.00");
    }

    @Test
    void updatesMovesAndDeletesACustomer() {
        Account owner = api.signUp();
        UUID id = create(owner, customer("+13055550123", "Maria", null, "QUALIFIED", "fitness"));

        var updated = api.put("/api/v1/customers/" + id, owner.accessToken(),
                customer("+13055550124", "Maria Gonzalez", "maria@example.com", null, "Budget"));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.text("$.phone")).isEqualTo("+13055550124");
        assertThat(updated.text("$.name")).isEqualTo("Maria Gonzalez");
        assertThat(updated.text("$.stage")).isEqualTo("QUALIFIED");
        assertThat(tags(updated)).containsExactly("budget");

        var moved = api.patch("/api/v1/customers/" + id + "/stage", owner.accessToken(), Map.of("stage", "CHURNED"));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.text("$.stage")).isEqualTo("CHURNED");
        var fetched = api.get("/api/v1/customers/" + id, owner.accessToken());
        assertThat(fetched.text("$.stage")).isEqualTo("CHURNED");
        assertThat(fetched.text("$.email")).isEqualTo("maria@example.com");

        assertThat(api.delete("/api/v1/customers/" + id, owner.accessToken()).status()).isEqualTo(204);
        var gone = api.get("/api/v1/customers/" + id, owner.accessToken());
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.text("$.detail")).isEqualTo("Customer not found");
        assertThat(total(owner, "")).isZero();
    }

    @Test
    void rejectsAPhoneThatIsNotE164NamingTheFieldAndStoresNothing() {
        Account owner = api.signUp();
        var reply = api.post("/api/v1/customers", owner.accessToken(), customer("305-555-0123", "Maria", null, null));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.text("$.type")).endsWith("/validation");
        assertThat(reply.text("$.errors[0].field")).isEqualTo("phone");
        assertThat(total(owner, "")).isZero();
    }

    @Test
    void rejectsADuplicatePhoneInTheSameCompanyButNotInAnother() {
        Account a = api.signUp();
        Account b = api.signUp();
        create(a, customer("+13055550123", "First", null, null));

        var duplicate = api.post("/api/v1/customers", a.accessToken(), customer("+13055550123", "Second", null, null));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.text("$.type")).endsWith("/conflict");
        assertThat(duplicate.text("$.errors[0].field")).isEqualTo("phone");
        assertThat(names(a, "")).containsExactly("First");

        var elsewhere = api.post("/api/v1/customers", b.accessToken(), customer("+13055550123", "Second", null, null));
        assertThat(elsewhere.status()).isEqualTo(201);
        assertThat(elsewhere.text("$.phone")).isEqualTo("+13055550123");
    }

    @Test
    void refusesToGiveACustomerAPhoneAnotherCustomerHas() {
        Account owner = api.signUp();
        create(owner, customer("+13055550123", "First", null, null));
        UUID second = create(owner, customer("+13055550124", "Second", null, null));

        var reply = api.put("/api/v1/customers/" + second, owner.accessToken(),
                customer("+13055550123", "Second", null, null));
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.text("$.errors[0].field")).isEqualTo("phone");
        assertThat(api.get("/api/v1/customers/" + second, owner.accessToken()).text("$.phone")).isEqualTo("+13055550124");
    }

    @Test
    void rejectsAnUnknownOrMissingStageNamingTheField() {
        Account owner = api.signUp();
        var reply = api.post("/api/v1/customers", owner.accessToken(), """
                {"phone": "+13055550123", "name": "Maria", "stage": "FOO"}""");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.text("$.type")).endsWith("/validation");
        assertThat(reply.text("$.errors[0].field")).isEqualTo("stage");
        assertThat(total(owner, "")).isZero();

        UUID id = create(owner, customer("+13055550123", "Maria", null, null));
        var move = api.patch("/api/v1/customers/" + id + "/stage", owner.accessToken(), "{\"stage\": \"FOO\"}");
        assertThat(move.status()).isEqualTo(400);
        assertThat(move.text("$.errors[0].field")).isEqualTo("stage");
        var missing = api.patch("/api/v1/customers/" + id + "/stage", owner.accessToken(), Map.of());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text("$.errors[0].field")).isEqualTo("stage");
        assertThat(api.get("/api/v1/customers/" + id, owner.accessToken()).text("$.stage")).isEqualTo("LEAD");
    }

    @Test
    void filtersByStageTagAndText() {
        Account owner = api.signUp();
        create(owner, customer("+13055550101", "Maria Gonzalez", "maria@example.com", "QUALIFIED", "fitness"));
        create(owner, customer("+13055550102", "John Smith", "john@shop.io", null, "VIP"));
        create(owner, customer("+5511999990000", "Ana Souza", "ana@correo.br", "CUSTOMER", "fitness", "vip"));

        assertThat(names(owner, "?stage=QUALIFIED")).containsExactly("Maria Gonzalez");
        assertThat(names(owner, "?stage=LEAD")).containsExactly("John Smith");
        assertThat(names(owner, "?tag=VIP")).containsExactlyInAnyOrder("John Smith", "Ana Souza");
        assertThat(names(owner, "?tag=fitness&stage=CUSTOMER")).containsExactly("Ana Souza");
        assertThat(names(owner, "?search=GONZ")).containsExactly("Maria Gonzalez");
        assertThat(names(owner, "?search=5511")).containsExactly("Ana Souza");
        assertThat(names(owner, "?search=shop.io")).containsExactly("John Smith");
        assertThat(names(owner, "?search=nobody")).isEmpty();
        assertThat(total(owner, "?stage=CHURNED")).isZero();
    }

    @Test
    void searchTreatsWildcardCharactersLiterally() {
        Account owner = api.signUp();
        create(owner, customer("+13055550101", "Underscore", "ana_b@example.com", null));
        create(owner, customer("+13055550102", "Letter", "anaxb@example.com", null));

        assertThat(names(owner, "?search=ana_b")).containsExactly("Underscore");
        assertThat(names(owner, "?search=%25")).isEmpty();
    }

    @Test
    void pagesTheListAndRejectsOutOfRangePaging() {
        Account owner = api.signUp();
        create(owner, customer("+13055550101", "One", null, null));
        create(owner, customer("+13055550102", "Two", null, null));
        create(owner, customer("+13055550103", "Three", null, null));

        var first = api.get("/api/v1/customers?size=1", owner.accessToken());
        assertThat(first.status()).isEqualTo(200);
        assertThat((List<?>) first.read("$.items")).hasSize(1);
        assertThat((Integer) first.read("$.total")).isEqualTo(3);
        assertThat((Integer) first.read("$.size")).isEqualTo(1);
        var second = api.get("/api/v1/customers?size=1&page=1", owner.accessToken());
        assertThat((Integer) second.read("$.page")).isEqualTo(1);
        assertThat(second.text("$.items[0].id")).isNotEqualTo(first.text("$.items[0].id"));
        assertThat(names(owner, "?size=2&page=1")).hasSize(1);

        var tooBig = api.get("/api/v1/customers?size=101", owner.accessToken());
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.text("$.errors[0].field")).isEqualTo("size");
        var negative = api.get("/api/v1/customers?page=-1", owner.accessToken());
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.text("$.errors[0].field")).isEqualTo("page");
    }

    @Test
    void refusesCallersWithoutCredentials() {
        var reply = api.get("/api/v1/customers", null);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.text("$.type")).endsWith("/unauthorized");
        assertThat(api.post("/api/v1/customers", null, customer("+13055550123", "Maria", null, null)).status())
                .isEqualTo(401);
    }

    @Test
    void letsAViewerReadButNotChangeCustomers() {
        Account owner = api.signUp();
        Account viewer = api.member(owner, "VIEWER");
        UUID id = create(owner, customer("+13055550123", "Maria", null, null));

        assertThat(total(viewer, "")).isEqualTo(1);
        assertThat(api.get("/api/v1/customers/" + id, viewer.accessToken()).text("$.name")).isEqualTo("Maria");

        var created = api.post("/api/v1/customers", viewer.accessToken(), customer("+13055550124", "Nope", null, null));
        assertThat(created.status()).isEqualTo(403);
        assertThat(created.text("$.type")).endsWith("/forbidden");
        assertThat(api.put("/api/v1/customers/" + id, viewer.accessToken(), customer("+13055550123", "Nope", null, null))
                .status()).isEqualTo(403);
        assertThat(api.patch("/api/v1/customers/" + id + "/stage", viewer.accessToken(), Map.of("stage", "CHURNED"))
                .status()).isEqualTo(403);
        assertThat(api.delete("/api/v1/customers/" + id, viewer.accessToken()).status()).isEqualTo(403);

        var unchanged = api.get("/api/v1/customers/" + id, owner.accessToken());
        assertThat(unchanged.text("$.name")).isEqualTo("Maria");
        assertThat(unchanged.text("$.stage")).isEqualTo("LEAD");
        assertThat(total(owner, "")).isEqualTo(1);
    }

    @Test
    void anotherCompanysCustomerIsIndistinguishableFromAMissingOne() {
        Account a = api.signUp();
        Account b = api.signUp();
        UUID customerOfA = create(a, customer("+13055550123", "Secret", "secret@example.com", "QUALIFIED"));

        var foreign = api.get("/api/v1/customers/" + customerOfA, b.accessToken());
        var missing = api.get("/api/v1/customers/" + UUID.randomUUID(), b.accessToken());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.text("$.detail")).isEqualTo(missing.text("$.detail")).isEqualTo("Customer not found");
        assertThat(foreign.text("$.type")).isEqualTo(missing.text("$.type"));

        var put = api.put("/api/v1/customers/" + customerOfA, b.accessToken(),
                customer("+13055550199", "Hijack", null, null));
        assertThat(put.status()).isEqualTo(404);
        assertThat(put.text("$.detail")).isEqualTo("Customer not found");
        var patch = api.patch("/api/v1/customers/" + customerOfA + "/stage", b.accessToken(), Map.of("stage", "CHURNED"));
        assertThat(patch.status()).isEqualTo(404);
        assertThat(patch.text("$.detail")).isEqualTo("Customer not found");
        var delete = api.delete("/api/v1/customers/" + customerOfA, b.accessToken());
        assertThat(delete.status()).isEqualTo(404);
        assertThat(delete.text("$.detail")).isEqualTo("Customer not found");
        assertThat(total(b, "")).isZero();

        var unchanged = api.get("/api/v1/customers/" + customerOfA, a.accessToken());
        assertThat(unchanged.status()).isEqualTo(200);
        assertThat(unchanged.text("$.name")).isEqualTo("Secret");
        assertThat(unchanged.text("$.phone")).isEqualTo("+13055550123");
        assertThat(unchanged.text("$.stage")).isEqualTo("QUALIFIED");
    }
}
