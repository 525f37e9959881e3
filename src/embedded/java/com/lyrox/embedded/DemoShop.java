package com.lyrox.embedded;

import com.lyrox.identity.Accounts;
import com.lyrox.identity.Session;
import com.lyrox.identity.SignUpRequest;
import com.lyrox.platform.TenantContext;
import com.lyrox.products.ProductCatalog;
import com.lyrox.products.ProductRequest;
import com.lyrox.tenants.ChannelRoute;
import com.lyrox.tenants.Companies;
import com.lyrox.tenants.CompanyUpdate;
import com.lyrox.tenants.Plan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * With the demo's history ({@code lyrox.demo.volume}), a third company: "Loja Luna", a clothing shop
 * in São Paulo that speaks Portuguese and sells from two outlets, each with its own WhatsApp number on
 * the simulator (an outlet is a channel of the company: its own number, the same catalog).
 */
@Component
@ConditionalOnBooleanProperty("lyrox.demo.volume")
class DemoShop {

    static final String EMAIL = "shop@lyrox.app";
    /** The outlets' simulated numbers and how they are shown. */
    static final List<String[]> OUTLETS = List.of(new String[] {"100000000000881", "+55 11 5555 0881"},
            new String[] {"100000000000882", "+55 11 5555 0882"});

    private static final Logger log = LoggerFactory.getLogger(DemoShop.class);
    private static final String BRAND_PERSONALITY = """
            Você é a atendente da Loja Luna, uma loja de roupas com duas unidades em São Paulo (Pinheiros e \
            Centro). Fala de forma simpática e direta, usa "você" e emojis com moderação.""";
    private static final String INSTRUCTIONS = """
            Responda curto. Informe preço e tamanhos, envie o link de pagamento quando o cliente quiser comprar \
            e passe para uma pessoa trocas e reclamações.""";

    private final Accounts accounts;
    private final Companies companies;
    private final ProductCatalog catalog;
    private final SimulatorChannel simulator;

    DemoShop(Accounts accounts, Companies companies, ProductCatalog catalog, SimulatorChannel simulator) {
        this.accounts = accounts;
        this.companies = companies;
        this.catalog = catalog;
        this.simulator = simulator;
    }

    /** Seeds the shop the first time, points its outlets' numbers here and answers their routes. */
    List<ChannelRoute> seedAndPoint(String serverBase) {
        UUID seeded = accounts.emailTaken(EMAIL) ? null : seed();
        Optional<UUID> companyId = simulator.companyOf(OUTLETS.get(0)[0], seeded);
        companyId.ifPresent(id -> OUTLETS.forEach(outlet -> simulator.pointAt(outlet[0], outlet[1], id, serverBase)));
        return OUTLETS.stream().flatMap(outlet -> simulator.route(outlet[0]).stream()).toList();
    }

    private UUID seed() {
        Session owner = accounts.signUp(new SignUpRequest(EMAIL, DemoCompany.PASSWORD, "Marina Costa", "Loja Luna"));
        TenantContext.runAs(owner.company().id(), owner.user().id(), () -> {
            companies.update(new CompanyUpdate("Loja Luna", "Fashion retail", "https://lojaluna.example", BRAND_PERSONALITY,
                    INSTRUCTIONS, "pt", "America/Sao_Paulo", null, null, null));
            companies.changePlan(owner.company().id(), Plan.STARTER);
            catalog.create(new ProductRequest("Vestido Lua", "Vestido midi de viscose, tamanhos P ao GG.",
                    new BigDecimal("189.90"), "BRL", "https://buy.stripe.com/test_vestido_lua", true));
            catalog.create(new ProductRequest("Camiseta Básica", "Camiseta de algodão orgânico, cinco cores.",
                    new BigDecimal("79.90"), "BRL", "https://buy.stripe.com/test_camiseta_basica", true));
            catalog.create(new ProductRequest("Kit Presente", "Camiseta, ecobag e cartão, embalado para presente.",
                    new BigDecimal("149.00"), "BRL", "https://buy.stripe.com/test_kit_presente", true));
        });
        log.info("Seeded the demo shop Loja Luna");
        return owner.company().id();
    }
}
