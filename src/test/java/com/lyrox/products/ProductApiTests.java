package com.lyrox.products;

import static org.assertj.core.api.Assertions.assertThat;

import com.lyrox.platform.TenantContext;
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
class ProductApiTests {

    @Autowired
    Api api;

    @Autowired
    ProductCatalog catalog;

    static Map<String, Object> product(String name, String price) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("price", price);
        body.put("currency", "USD");
        body.put("paymentLink", "https://buy.stripe.com/test");
        return body;
    }

    @Test
    void createsReadsUpdatesAndDeletesAProduct() {
        Account owner = api.signUp();
        var created = api.post("/api/v1/products", owner.accessToken(), product("Plan Personalizado", "98.00"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("$.price")).isEqualTo("98.00");
        assertThat(created.text("$.currency")).isEqualTo("USD");
        assertThat((Boolean) created.read("$.active")).isTrue();
        UUID id = created.id();

        assertThat(api.get("/api/v1/products/" + id, owner.accessToken()).text("$.name")).isEqualTo("Plan Personalizado");

        var updated = api.put("/api/v1/products/" + id, owner.accessToken(), product("Plan Premium", "120.50"));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.text("$.price")).isEqualTo("120.50");

        var list = api.get("/api/v1/products?size=10", owner.accessToken());
        assertThat(list.status()).isEqualTo(200);
        assertThat((Integer) list.read("$.total")).isEqualTo(1);
        assertThat(list.text("$.items[0].name")).isEqualTo("Plan Premium");

        assertThat(api.delete("/api/v1/products/" + id, owner.accessToken()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/products/" + id, owner.accessToken()).status()).isEqualTo(404);
    }

    @Test
    void theAgentsCatalogShowsEveryChangeAtOnce() {
        Account owner = api.signUp();
        UUID id = api.post("/api/v1/products", owner.accessToken(), product("Plan Base", "50.00")).id();
        assertThat(activeCatalog(owner)).extracting(ProductView::name).containsExactly("Plan Base");

        api.put("/api/v1/products/" + id, owner.accessToken(), product("Plan Base", "65.00"));
        assertThat(activeCatalog(owner)).extracting(view -> view.price().toPlainString()).containsExactly("65.00");

        api.post("/api/v1/products", owner.accessToken(), product("Asesoria", "20.00"));
        assertThat(activeCatalog(owner)).extracting(ProductView::name).containsExactly("Asesoria", "Plan Base");

        assertThat(api.delete("/api/v1/products/" + id, owner.accessToken()).status()).isEqualTo(204);
        assertThat(activeCatalog(owner)).extracting(ProductView::name).containsExactly("Asesoria");
        assertThat(TenantContext.callAs(api.signUp().companyId(), null, catalog::active)).isEmpty();
    }

    private List<ProductView> activeCatalog(Account owner) {
        return TenantContext.callAs(owner.companyId(), null, catalog::active);
    }

    @Test
    void rejectsANegativePriceNamingTheFieldAndStoresNothing() {
        Account owner = api.signUp();
        var reply = api.post("/api/v1/products", owner.accessToken(), product("Broken", "-5"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.text("$.type")).endsWith("/validation");
        assertThat(reply.text("$.errors[0].field")).isEqualTo("price");
        assertThat((Integer) api.get("/api/v1/products", owner.accessToken()).read("$.total")).isZero();
    }

    @Test
    void keepsPricesWithTwoDecimalsAndFindsProductsByLiteralText() {
        Account owner = api.signUp();
        var created = api.post("/api/v1/products", owner.accessToken(), product("Plan_50", "10"));
        assertThat(created.text("$.price")).isEqualTo("10.00");
        api.post("/api/v1/products", owner.accessToken(), product("Plan 50", "20"));

        var found = api.get("/api/v1/products?search=n_5", owner.accessToken());
        assertThat((Integer) found.read("$.total")).isEqualTo(1);
        assertThat(found.text("$.items[0].name")).isEqualTo("Plan_50");
        assertThat((Integer) api.get("/api/v1/products?search=plan&active=true", owner.accessToken()).read("$.total"))
                .isEqualTo(2);
        assertThat((Integer) api.get("/api/v1/products?active=false", owner.accessToken()).read("$.total")).isZero();
    }

    @Test
    void refusesCallersWithoutCredentials() {
        var reply = api.get("/api/v1/products", null);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.text("$.type")).endsWith("/unauthorized");
    }

    @Test
    void letsAViewerReadButNotWrite() {
        Account owner = api.signUp();
        Account viewer = api.member(owner, "VIEWER");
        assertThat(api.get("/api/v1/products", viewer.accessToken()).status()).isEqualTo(200);
        var reply = api.post("/api/v1/products", viewer.accessToken(), product("Nope", "10"));
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.text("$.type")).endsWith("/forbidden");
    }

    @Test
    void anotherCompanysProductIsIndistinguishableFromAMissingOne() {
        Account a = api.signUp();
        Account b = api.signUp();
        UUID productOfA = api.post("/api/v1/products", a.accessToken(), product("Secret", "10")).id();

        var foreign = api.get("/api/v1/products/" + productOfA, b.accessToken());
        var missing = api.get("/api/v1/products/" + UUID.randomUUID(), b.accessToken());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.text("$.detail")).isEqualTo(missing.text("$.detail")).isEqualTo("Product not found");
        assertThat(foreign.text("$.type")).isEqualTo(missing.text("$.type"));
        assertThat(api.put("/api/v1/products/" + productOfA, b.accessToken(), product("Hijack", "1")).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/products/" + productOfA, b.accessToken()).status()).isEqualTo(404);
        assertThat((Integer) api.get("/api/v1/products", b.accessToken()).read("$.total")).isZero();
        assertThat(api.get("/api/v1/products/" + productOfA, a.accessToken()).text("$.name")).isEqualTo("Secret");
    }
}
