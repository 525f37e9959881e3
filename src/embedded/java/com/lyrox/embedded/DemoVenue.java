package com.lyrox.embedded;

import com.lyrox.billing.PrepaidBalance;
import com.lyrox.bookings.ResourceSetup;
import com.lyrox.identity.Accounts;
import com.lyrox.identity.Session;
import com.lyrox.identity.SignUpRequest;
import com.lyrox.platform.TenantContext;
import com.lyrox.tenants.Companies;
import com.lyrox.tenants.CompanyUpdate;
import com.lyrox.tenants.Plan;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Seeds "Arena Futsal Jakarta", a futsal and badminton venue that speaks Bahasa Indonesia: three
 * courts open 08:00–23:00, evening and weekend prices, IDR, and its own WhatsApp number on the
 * simulator, so that booking in the chat works as soon as the embedded default starts; and a welcome
 * credit on its prepaid balance.
 */
@Component
@ConditionalOnBooleanProperty("lyrox.demo.enabled")
class DemoVenue {

    static final String EMAIL = "venue@lyrox.app";
    static final String SIMULATOR_PHONE_NUMBER_ID = "100000000000777";

    private static final Logger log = LoggerFactory.getLogger(DemoVenue.class);
    private static final String ZONE = "Asia/Jakarta";
    private static final String BRAND_PERSONALITY = """
            Kamu adalah admin Arena Futsal Jakarta. Ramah, santai, pakai bahasa sehari-hari dan sapaan \
            "kak". Bantu pelanggan pesan lapangan futsal atau badminton secepat mungkin.""";
    private static final String INSTRUCTIONS = """
            Jawab singkat. Tawarkan jam yang kosong, sebutkan harga, dan minta konfirmasi sebelum memesan.""";

    private final Accounts accounts;
    private final Companies companies;
    private final ResourceSetup resources;
    private final SimulatorChannel simulator;
    private final PrepaidBalance balance;
    private UUID seededCompanyId;

    DemoVenue(Accounts accounts, Companies companies, ResourceSetup resources, SimulatorChannel simulator, PrepaidBalance balance) {
        this.balance = balance;
        this.accounts = accounts;
        this.companies = companies;
        this.resources = resources;
        this.simulator = simulator;
    }

    /** Seeds the venue the first time (also beside a coach seeded by an earlier version), and points its number here. */
    void seedAndPoint(String serverBase) {
        if (!accounts.emailTaken(EMAIL)) {
            seed();
        }
        simulator.pointAt(SIMULATOR_PHONE_NUMBER_ID, "+62 21 5555 0777", seededCompanyId, serverBase);
    }

    private void seed() {
        Session owner = accounts.signUp(new SignUpRequest(EMAIL, DemoCompany.PASSWORD, "Rina Wijaya", "Arena Futsal Jakarta"));
        seededCompanyId = owner.company().id();
        TenantContext.runAs(owner.company().id(), owner.user().id(), () -> {
            companies.update(new CompanyUpdate("Arena Futsal Jakarta", "Sports venue", "https://arenafutsal.example",
                    BRAND_PERSONALITY, INSTRUCTIONS, "id", ZONE, null, null, null));
            companies.changePlan(owner.company().id(), Plan.PROFESSIONAL);
            List<ResourceSetup.WeeklyHours> hours = Arrays.stream(DayOfWeek.values())
                    .map(day -> new ResourceSetup.WeeklyHours(day, "08:00", "23:00")).toList();
            resources.create(new ResourceSetup.NewResource("Lapangan Futsal 1", "futsal", 60,
                    new BigDecimal("150000.00"), "IDR", ZONE), hours);
            resources.create(new ResourceSetup.NewResource("Lapangan Futsal 2", "futsal", 60,
                    new BigDecimal("150000.00"), "IDR", ZONE), hours);
            resources.create(new ResourceSetup.NewResource("Lapangan Badminton", "badminton", 60,
                    new BigDecimal("80000.00"), "IDR", ZONE), hours);
            resources.addPeakPrice(new ResourceSetup.PeakPrice("Jam sibuk", List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                    DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), "18:00", "23:00", new BigDecimal("1.5")));
            resources.addPeakPrice(new ResourceSetup.PeakPrice("Akhir pekan", List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                    "08:00", "23:00", new BigDecimal("1.3")));
        });
        // A welcome credit on the prepaid balance, which pays for AI past the plan's allowance.
        balance.deposit(owner.company().id(), new BigDecimal("25.00"), "demo-welcome-credit", "ADMIN", "Welcome credit");
        log.info("Seeded the demo venue Arena Futsal Jakarta");
    }
}
