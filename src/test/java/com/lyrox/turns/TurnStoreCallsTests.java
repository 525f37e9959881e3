package com.lyrox.turns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lyrox.support.Api;
import com.lyrox.support.GraphStub;
import com.lyrox.support.IsolatedApp;
import com.lyrox.support.WhatsAppFixture;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.bson.BsonDocument;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What one answered message costs the stores, counted call by call from the webhook to the
 * job's acknowledgement: a budget per store that fails when the message path grows a call.
 * Lower the budget when a change cuts one.
 */
class TurnStoreCallsTests {

    static final Duration PATIENCE = Duration.ofSeconds(20);
    static final GraphStub graph = GraphStub.shared();
    /** The queue's own traffic, which goes on whether messages come or not. */
    static final Set<String> QUEUE_UPKEEP = Set.of("XREADGROUP", "XCLAIM", "XPENDING");
    /** The month's counts of messages sent, kept in memory on the path and added to Redis on a timer. */
    static final Set<String> USAGE_FLUSH = Set.of("HINCRBY", "PEXPIREAT");

    private static final Path DATA = Path.of("target", "test-data", "store-calls");

    private static IsolatedApp app;
    private static Api api;
    private static MeterRegistry meters;

    /** An application of its own: no other application's workers take its jobs, so its meters see every call. */
    @BeforeAll
    static void start() {
        // The bookings' expiry job reads PostgreSQL on a timer whether messages come or not; lead scores, the
        // questions the knowledge base could not answer and the waits for a reply are written after the turn in
        // batches of their own: all out of the count.
        app = IsolatedApp.start(DATA, Map.of("lyrox.demo.enabled", "false", "lyrox.bookings.expiry-interval", "1h",
                "lyrox.analytics.score-delay", "1h", "lyrox.agents.knowledge-gap-delay", "1h",
                "lyrox.analytics.timing-delay", "1h"), MongoFilters.class);
        api = app.api();
        meters = app.bean(MeterRegistry.class);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aMessageFromANewCustomerAndTheNextOneStayWithinTheirBudgets() {
        WhatsAppFixture whatsapp = WhatsAppFixture.connect(api, graph);
        // A catalog, so that the agent answers from it instead of handing the conversation to a person.
        assertThat(api.post("/api/v1/products", whatsapp.owner().accessToken(),
                Api.productBody("Plan Mensual", "49.00")).status()).isEqualTo(201);
        // The first message of a company warms its caches (routes, credentials, settings); not counted.
        converse(whatsapp, "15557000001", "wamid.BUDGET-WARM", "hola");

        Map<String, Long> before = calls();
        MongoFilters.seen.clear();
        converse(whatsapp, "15557000002", "wamid.BUDGET-NEW", "hola, ¿cuánto cuesta el plan mensual?");
        Map<String, Long> firstMessage = since(before);

        before = calls();
        converse(whatsapp, "15557000002", "wamid.BUDGET-NEXT", "ok, ¿cómo lo pago?");
        Map<String, Long> nextMessage = since(before);

        System.out.printf("Store calls of a new customer's first message: %s%nand of the next one: %s%n",
                firstMessage, nextMessage);
        // In both budgets, each message recorded (the customer's and the reply) costs two Redis script calls: the
        // conversation filed in the inbox index, and the overview's activity counters (ActivityCounters). The agent's
        // copy of the recent messages is read, and replaced when it misses, in one script call each (RecentMessages).
        // A first message: the customer row, the conversation created, the agent's welcome from the catalog.
        assertWithin(perStore(firstMessage), Map.of("mongodb", 14L, "redis", 16L, "postgresql", 5L));
        // A buying question: the sale and its payment link written, the conversation's recent messages from Redis.
        assertWithin(perStore(nextMessage), Map.of("mongodb", 12L, "redis", 14L, "postgresql", 11L));
        // The in-process MongoDB server finds a document through its _id index only when the filter names _id
        // alone; any other filter reads the whole collection, a cost that grows with the company.
        assertThat(MongoFilters.seen).isNotEmpty().allSatisfy(filter -> assertThat(filter).as("a turn's MongoDB filter")
                .endsWith("{_id}"));
    }

    /** The fields each MongoDB command of the message path filters on, as "command collection {fields}". */
    @TestConfiguration(proxyBeanMethods = false)
    static class MongoFilters {

        static final Queue<String> seen = new ConcurrentLinkedQueue<>();

        @Bean
        MongoClientSettingsBuilderCustomizer recordFilters() {
            return settings -> settings.addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    BsonDocument command = event.getCommand();
                    String name = event.getCommandName();
                    String collection = command.isString(name) ? command.getString(name).getValue() : "";
                    List<BsonDocument> filters = switch (name) {
                        case "find" -> List.of(command.getDocument("filter", new BsonDocument()));
                        case "findAndModify" -> List.of(command.getDocument("query", new BsonDocument()));
                        case "update" -> command.getArray("updates").stream().map(u -> u.asDocument().getDocument("q")).toList();
                        case "delete" -> command.getArray("deletes").stream().map(d -> d.asDocument().getDocument("q")).toList();
                        default -> List.of();
                    };
                    filters.forEach(filter -> seen.add(name + " " + collection + " {" + String.join(",", filter.keySet()) + "}"));
                }
            });
        }
    }

    private static void assertWithin(Map<String, Long> spent, Map<String, Long> budget) {
        budget.forEach((store, most) -> assertThat(spent.get(store)).as("calls to " + store + " of " + spent)
                .isPositive().isLessThanOrEqualTo(most));
    }

    /** Delivers a message and waits until it is answered and its job is gone from the queue. */
    private void converse(WhatsAppFixture whatsapp, String customer, String messageId, String text) {
        int replies = graph.messages(whatsapp.phoneNumberId()).size();
        assertThat(whatsapp.deliver(whatsapp.text(customer, "Budget", messageId, text)).status()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> graph.messages(whatsapp.phoneNumberId()).size() > replies);
        await().atMost(PATIENCE).until(() -> {
            Map<String, Long> calls = calls();
            sleep(300);
            return calls.equals(calls());
        });
    }

    /** Calls so far by store and command. */
    private Map<String, Long> calls() {
        Map<String, Long> calls = new TreeMap<>();
        for (Meter meter : meters.getMeters()) {
            String name = meter.getId().getName();
            if (name.equals("mongodb.driver.commands") && meter instanceof Timer timer) {
                calls.merge("mongodb " + meter.getId().getTag("command") + " " + meter.getId().getTag("collection"), timer.count(), Long::sum);
            } else if (name.equals("lettuce.command.completion") && meter instanceof Timer timer
                    && !QUEUE_UPKEEP.contains(meter.getId().getTag("command"))
                    && !USAGE_FLUSH.contains(meter.getId().getTag("command"))) {
                calls.merge("redis " + meter.getId().getTag("command"), timer.count(), Long::sum);
            } else if (name.equals("lyrox.postgresql.calls")) {
                calls.merge("postgresql", (long) meter.measure().iterator().next().getValue(), Long::sum);
            }
        }
        return calls;
    }

    private Map<String, Long> since(Map<String, Long> before) {
        Map<String, Long> spent = new TreeMap<>();
        calls().forEach((call, count) -> {
            long added = count - before.getOrDefault(call, 0L);
            if (added > 0) {
                spent.put(call, added);
            }
        });
        return spent;
    }

    private static Map<String, Long> perStore(Map<String, Long> calls) {
        Map<String, Long> stores = new TreeMap<>(Map.of("mongodb", 0L, "redis", 0L, "postgresql", 0L));
        calls.forEach((call, count) -> stores.merge(call.split(" ")[0], count, Long::sum));
        return stores;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
