package com.lyrox.embedded;

import com.lyrox.conversations.ConversationStatus;
import com.lyrox.conversations.CustomerRef;
import com.lyrox.conversations.PastConversations;
import com.lyrox.conversations.PastConversations.PastMessage;
import com.lyrox.platform.TenantContext;
import com.lyrox.products.ProductCatalog;
import com.lyrox.products.ProductView;
import com.lyrox.tenants.ChannelRoute;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Ninety days of a living business for each demo company (the coach, the venue, and a shop with two
 * outlets, {@link DemoShop}), so that a new user sees the dashboards at work (the founding documents'
 * test data generator): hundreds of customers first in touch on every
 * day of the period, each with a conversation in the company's language (questions, prices, payment
 * links, complaints and questions the AI hands to a person, a person's replies hours later), sales
 * paid, pending and failed, and at the venue the courts booked. Written once, the first time the
 * embedded default starts with {@code lyrox.demo.volume=true}; off by default.
 *
 * <p>The history is written at its own moments: customers, sales and bookings as rows, conversations
 * through {@link PastConversations}, which counts them as the live path would have. Every run makes the
 * same history (a fixed seed), ending at the moment it runs.
 */
@Component
@ConditionalOnBooleanProperty("lyrox.demo.volume")
class DemoVolume {

    static final int DAYS = 90;
    private static final Logger log = LoggerFactory.getLogger(DemoVolume.class);

    /** How a company's customers talk and buy: their phone numbers start with {@code phonePrefix} (four digits follow). */
    record Profile(String phonePrefix, int customers, List<String> names, DemoScripts scripts) {
    }

    static final Profile COACHING = new Profile("+1305555", 300, List.of("Lucía", "Carlos", "María", "José", "Valentina",
            "Andrés", "Camila", "Diego", "Sofía", "Javier", "Daniela", "Luis", "Gabriela", "Miguel", "Paola", "Ricardo"),
            new DemoScripts.Coaching());
    static final Profile SHOP = new Profile("+5511955", 250, List.of("Ana", "Bruno", "Carla", "Diego", "Fernanda", "Gabriel",
            "Juliana", "Lucas", "Mariana", "Pedro", "Rafaela", "Thiago", "Beatriz", "Vinícius"), new DemoScripts.Shop());
    static final Profile VENUE = new Profile("+62812555", 200, List.of("Budi", "Siti", "Agus", "Dewi", "Rizky", "Putri", "Andi",
            "Ayu", "Fajar", "Intan", "Dimas", "Wulan", "Yoga", "Nanda"), new DemoScripts.Venue());

    private final JdbcTemplate jdbc;
    private final ProductCatalog catalog;
    private final PastConversations conversations;
    private final Clock clock;

    DemoVolume(JdbcTemplate jdbc, ProductCatalog catalog, PastConversations conversations, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.conversations = conversations;
        this.clock = clock;
    }

    /** Fills the company of {@code route} with its history, unless an earlier start did. */
    void fill(ChannelRoute route, Profile profile) {
        fill(List.of(route), profile);
    }

    /** As {@link #fill(ChannelRoute, Profile)} for a company with several outlets (a number each): customers write to one of them. */
    void fill(List<ChannelRoute> outlets, Profile profile) {
        if (outlets.isEmpty()) {
            return;
        }
        ChannelRoute route = outlets.get(0);
        TenantContext.runAs(route.companyId(), null, () -> {
            if (Boolean.TRUE.equals(jdbc.queryForObject(
                    "SELECT exists(SELECT 1 FROM customers WHERE company_id = ? AND metadata ->> 'demoVolume' IS NOT NULL)",
                    Boolean.class, route.companyId()))) {
                return;
            }
            long started = System.nanoTime();
            History history = new History(outlets, profile, new Random(profile.phonePrefix().hashCode()));
            history.write();
            conversations.recount();
            log.info("Wrote {} days of demo history for company {}: {} customers, {} sales, {} bookings in {} ms", DAYS,
                    route.companyId(), profile.customers(), history.sales, history.bookings,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
        });
    }

    /** One company's history, written customer by customer. */
    private final class History {

        private final ChannelRoute route;
        private final List<ChannelRoute> outlets;
        private final Profile profile;
        private final Random random;
        private final Instant now = clock.instant();
        private final List<ProductView> products = catalog.active();
        private final List<Court> courts;
        int sales;
        int bookings;

        History(List<ChannelRoute> outlets, Profile profile, Random random) {
            this.route = outlets.get(0);
            this.outlets = outlets;
            this.profile = profile;
            this.random = random;
            this.courts = jdbc.query("SELECT id, price, currency, timezone FROM booking_resources WHERE company_id = ? AND active",
                    (row, n) -> new Court(row.getObject("id", UUID.class), row.getBigDecimal("price"), row.getString("currency"),
                            row.getString("timezone") == null ? ZoneId.of("UTC") : ZoneId.of(row.getString("timezone"))),
                    route.companyId());
        }

        void write() {
            for (int i = 0; i < profile.customers(); i++) {
                customer(i);
            }
        }

        private void customer(int index) {
            UUID customerId = UUID.randomUUID();
            String name = profile.names().get(random.nextInt(profile.names().size()));
            String phone = profile.phonePrefix() + String.format("%04d", index);
            // First in touch on any day of the period, the recent ones a little busier.
            double back = Math.pow(random.nextDouble(), 1.3) * DAYS;
            Instant firstContact = now.minus(Duration.ofMinutes((long) (back * 24 * 60))).minus(Duration.ofMinutes(1));
            DemoScripts.Outcome outcome = profile.scripts().outcome(random);
            ProductView product = products.isEmpty() ? null : products.get(random.nextInt(products.size()));
            DemoScripts.Script script = profile.scripts().script(outcome, name, product, random);
            List<PastMessage> messages = timed(script, firstContact);
            Instant last = messages.get(messages.size() - 1).at();
            Instant qualifiedAt = outcome.qualified() ? messages.get(Math.min(2, messages.size() - 1)).at() : null;
            Instant paidAt = outcome == DemoScripts.Outcome.CUSTOMER ? last.plus(Duration.ofMinutes(5 + random.nextInt(600))) : null;
            if (paidAt != null && paidAt.isAfter(now)) {
                paidAt = now.minusSeconds(30);
            }
            BigDecimal value = paidAt != null && product != null ? product.price() : BigDecimal.ZERO;
            jdbc.update("""
                    INSERT INTO customers (id, company_id, phone, name, stage, tags, first_contact, last_interaction,
                                           total_interactions, lifetime_value, metadata, created_at, updated_at,
                                           qualified_at, became_customer_at, whatsapp_user_id)
                    VALUES (?, ?, ?, ?, ?, ?::varchar[], ?, ?, ?, ?, '{"demoVolume": true}'::jsonb, ?, ?, ?, ?, ?)""",
                    customerId, route.companyId(), phone, name, outcome.stage(), "{" + String.join(",", script.tags()) + "}",
                    Timestamp.from(firstContact), Timestamp.from(last), messages.size(), value, Timestamp.from(firstContact),
                    Timestamp.from(last), qualifiedAt == null ? null : Timestamp.from(qualifiedAt),
                    paidAt == null ? null : Timestamp.from(paidAt), phone.substring(1));
            ConversationStatus status = script.handoff() != null
                    ? (random.nextInt(3) == 0 ? ConversationStatus.HUMAN_HANDLING : ConversationStatus.CLOSED)
                    : random.nextInt(4) == 0 ? ConversationStatus.CLOSED : ConversationStatus.AI_ACTIVE;
            ChannelRoute outlet = outlets.get(random.nextInt(outlets.size()));
            conversations.write(new CustomerRef(customerId, phone, name, outcome.stage(), script.tags()), outlet.channelId(),
                    messages, status);
            if (script.linkSent() && script.linkAt() < messages.size() && product != null) {
                sale(customerId, product, messages.get(script.linkAt()).at(), paidAt);
            }
            if (script.gap() != null && script.gapAt() < messages.size()) {
                jdbc.update("""
                        INSERT INTO agent_logs (id, company_id, agent_type, event_type, event_data, customer_id, created_at)
                        VALUES (?, ?, 'sales_agent', 'knowledge_gap', jsonb_build_object('question', ?::text), ?, ?)""",
                        UUID.randomUUID(), route.companyId(), script.gap(), customerId,
                        Timestamp.from(messages.get(script.gapAt()).at()));
            }
            if (!courts.isEmpty() && outcome == DemoScripts.Outcome.CUSTOMER) {
                book(customerId, firstContact);
            }
        }

        /** The script's messages at their moments: the AI in seconds, people in minutes to hours, customers in between. */
        private List<PastMessage> timed(DemoScripts.Script script, Instant start) {
            List<PastMessage> timed = new ArrayList<>();
            Instant at = start;
            for (DemoScripts.Line line : script.lines()) {
                if (!timed.isEmpty()) {
                    at = at.plus(switch (line.author()) {
                        case AI -> Duration.ofMillis(2_500 + random.nextInt(12_000));
                        case HUMAN -> Duration.ofMinutes(4 + random.nextInt(random.nextInt(5) == 0 ? 900 : 120));
                        // A customer answers within minutes, or comes back hours to days later.
                        default -> random.nextInt(4) == 0 ? Duration.ofMinutes(120 + random.nextInt(4 * 24 * 60))
                                : Duration.ofSeconds(40 + random.nextInt(1_500));
                    });
                }
                if (at.isAfter(now)) {
                    break;
                }
                timed.add(new PastMessage(line.author(), line.text(), at, line.handoffReason()));
            }
            return timed;
        }

        private void sale(UUID customerId, ProductView product, Instant sentAt, Instant paidAt) {
            String status = paidAt != null ? "COMPLETED" : random.nextInt(4) == 0 ? "FAILED" : "PENDING";
            jdbc.update("""
                    INSERT INTO sales (id, company_id, customer_id, product_id, amount, currency, payment_method, payment_status,
                                       sale_date, completed_at, metadata, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{"demoVolume": true}'::jsonb, ?, ?)""",
                    UUID.randomUUID(), route.companyId(), customerId, product.id(), product.price(), product.currency(),
                    paidAt != null ? "payment_link" : null, status, Timestamp.from(sentAt),
                    paidAt == null ? null : Timestamp.from(paidAt), Timestamp.from(sentAt),
                    Timestamp.from(paidAt != null ? paidAt : sentAt));
            sales++;
        }

        /** One to four hours played at the venue since the customer first wrote, each on its own day and court. */
        private void book(UUID customerId, Instant firstContact) {
            int count = 1 + random.nextInt(4);
            for (int i = 0; i < count; i++) {
                Court court = courts.get(random.nextInt(courts.size()));
                LocalDate first = LocalDate.ofInstant(firstContact, court.zone()).plusDays(1);
                long span = Math.max(1, Duration.between(firstContact, now).toDays() - 1);
                LocalDate day = first.plusDays(random.nextInt((int) Math.min(span, DAYS)));
                Instant start = day.atTime(8 + random.nextInt(15), 0).atZone(court.zone()).toInstant();
                if (!start.plus(Duration.ofHours(1)).isBefore(now)) {
                    continue;
                }
                jdbc.update("""
                        INSERT INTO bookings (id, company_id, resource_id, customer_id, starts_at, ends_at, blocked_until, exclusive,
                                              status, price, currency, source, confirmed_at, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, 'COMPLETED', ?, ?, 'CHAT', ?, ?, ?)""",
                        UUID.randomUUID(), route.companyId(), court.id(), customerId, Timestamp.from(start),
                        Timestamp.from(start.plus(Duration.ofHours(1))), Timestamp.from(start.plus(Duration.ofHours(1))),
                        court.price(), court.currency(), Timestamp.from(start.minus(Duration.ofHours(20))),
                        Timestamp.from(start.minus(Duration.ofDays(1))), Timestamp.from(start.plus(Duration.ofHours(1))));
                bookings++;
            }
        }
    }

    /** A court of the venue with its price. */
    private record Court(UUID id, BigDecimal price, String currency, ZoneId zone) {
    }
}
