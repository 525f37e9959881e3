package com.lyrox.embedded;

import com.lyrox.identity.Accounts;
import com.lyrox.identity.Session;
import com.lyrox.identity.SignUpRequest;
import com.lyrox.platform.TenantContext;
import com.lyrox.products.ProductCatalog;
import com.lyrox.products.ProductRequest;
import com.lyrox.tenants.Companies;
import com.lyrox.tenants.CompanyUpdate;
import com.lyrox.tenants.Plan;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Seeds "Emilio Born Coaching", a Spanish-speaking fitness coach with two products, an owner
 * login and a WhatsApp number on the simulator, the first time the embedded default starts,
 * and its knowledge base whenever it has none, beside the venue ({@link DemoVenue}); with
 * {@code lyrox.demo.volume}, ninety days of history for both ({@link DemoVolume}); then says where
 * everything is.
 */
@Component
@ConditionalOnBooleanProperty("lyrox.demo.enabled")
class DemoCompany {

    static final String EMAIL = "demo@lyrox.app";
    static final String PASSWORD = "lyrox-demo";
    static final String SIMULATOR_PHONE_NUMBER_ID = "100000000000555";

    private static final Logger log = LoggerFactory.getLogger(DemoCompany.class);
    private static final String BRAND_PERSONALITY = """
            Eres Emilio Born, un coach fitness venezolano radicado en Miami. Hablas cercano, con energía \
            y sin rodeos, tuteas y usas expresiones venezolanas con moderación. Tu objetivo es entender \
            la meta de cada persona (bajar de peso, ganar músculo, recuperar hábitos) y recomendarle el \
            plan que mejor le calza. Nunca prometes resultados milagrosos.""";
    private static final String INSTRUCTIONS = """
            Responde en mensajes cortos (menos de 80 palabras). Recomienda el Plan Personalizado a quien \
            quiere acompañamiento 1:1 y el Reto Mensual a quien quiere empezar ya o cuida su presupuesto. \
            Si preguntan por lesiones o condiciones médicas, pasa la conversación a Emilio.""";

    private final Accounts accounts;
    private final Companies companies;
    private final ProductCatalog catalog;
    private final Environment environment;
    private final SimulatorChannel simulator;
    private final DemoKnowledge knowledge;
    private final DemoVenue venue;
    private final ObjectProvider<DemoVolume> volume;
    private final ObjectProvider<DemoShop> shop;
    private UUID seededCompanyId;

    DemoCompany(Accounts accounts, Companies companies, ProductCatalog catalog, Environment environment,
                SimulatorChannel simulator, DemoKnowledge knowledge, DemoVenue venue, ObjectProvider<DemoVolume> volume,
                ObjectProvider<DemoShop> shop) {
        this.volume = volume;
        this.shop = shop;
        this.accounts = accounts;
        this.companies = companies;
        this.catalog = catalog;
        this.environment = environment;
        this.simulator = simulator;
        this.knowledge = knowledge;
        this.venue = venue;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedAndAnnounce() {
        if (!accounts.emailTaken(EMAIL)) {
            seed();
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        simulator.pointAt(SIMULATOR_PHONE_NUMBER_ID, "+1 555 010 0000", seededCompanyId, "http://localhost:" + port);
        venue.seedAndPoint("http://localhost:" + port);
        demoCompanyId().ifPresent(companyId -> TenantContext.runAs(companyId, null, knowledge::seedIfEmpty));
        volume.ifAvailable(history -> {
            simulator.route(SIMULATOR_PHONE_NUMBER_ID).ifPresent(route -> history.fill(route, DemoVolume.COACHING));
            simulator.route(DemoVenue.SIMULATOR_PHONE_NUMBER_ID).ifPresent(route -> history.fill(route, DemoVolume.VENUE));
            shop.ifAvailable(luna -> history.fill(luna.seedAndPoint("http://localhost:" + port), DemoVolume.SHOP));
        });
        String base = "http://localhost:" + port;
        log.info("""

                Lyrox is running at {}
                  Dashboard:   {}/
                  Swagger UI:  {}/swagger-ui.html
                  Health:      {}/actuator/health
                  Demo login:  {} / {}  (Emilio Born Coaching)
                  Venue login: {} / {}  (Arena Futsal Jakarta: courts booked in the chat)
                  Simulator:   POST {}/api/v1/simulator/messages to write as a customer
                """, base, base, base, base, EMAIL, PASSWORD, DemoVenue.EMAIL, PASSWORD, base);
        shop.ifAvailable(luna -> log.info("  Shop login:  {} / {}  (Loja Luna: two outlets; all three with ninety days of history)",
                DemoShop.EMAIL, PASSWORD));
    }

    private void seed() {
        Session owner = accounts.signUp(new SignUpRequest(EMAIL, PASSWORD, "Pedro Meza", "Emilio Born Coaching"));
        seededCompanyId = owner.company().id();
        TenantContext.runAs(owner.company().id(), owner.user().id(), () -> {
            companies.update(new CompanyUpdate("Emilio Born Coaching", "Fitness & Wellness",
                    "https://emilioborn.com", BRAND_PERSONALITY, INSTRUCTIONS, "es", "America/New_York", null,
                    null, null));
            // The demo shows the FREE plan's allowance, not a trial's.
            companies.changePlan(owner.company().id(), Plan.FREE);
            catalog.create(new ProductRequest("Plan Personalizado",
                    "Plan de entrenamiento y nutrición 100% personalizado, con seguimiento semanal por WhatsApp.",
                    new BigDecimal("98.00"), "USD", "https://buy.stripe.com/test_plan_personalizado", true));
            catalog.create(new ProductRequest("Reto Mensual",
                    "Reto de transformación de 30 días: rutinas diarias, plan de comidas y comunidad.",
                    new BigDecimal("78.00"), "USD", "https://buy.stripe.com/test_reto_mensual", true));
        });
        log.info("Seeded the demo company Emilio Born Coaching");
    }

    /** The demo company: seeded now, or found by its simulator number on a later start. */
    private Optional<UUID> demoCompanyId() {
        return simulator.companyOf(SIMULATOR_PHONE_NUMBER_ID, seededCompanyId);
    }
}
