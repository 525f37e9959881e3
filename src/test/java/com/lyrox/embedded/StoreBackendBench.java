package com.lyrox.embedded;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.sun.management.OperatingSystemMXBean;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.h2.mvstore.MVStore;

/**
 * The in-process MongoDB server's storage alternatives, measured on the MongoDB commands of one answered
 * message (those counted by {@code TurnStoreCallsTests} for a customer's next message: three reads and nine
 * writes by {@code _id}), from many threads at once, the driver and the server in this one JVM as in the
 * application. Not a test: run by {@code bench/store-backends.sh}.
 *
 * <pre>java -cp test-classes:classes:dependencies com.lyrox.embedded.StoreBackendBench [seconds] [threads] [backends...]</pre>
 *
 * Backends: {@code h2-bson} (the product's: BSON in H2, every write committed before it is answered),
 * {@code h2-serialised} (the earlier format: H2's default Java serialisation, every write committed) and
 * {@code memory} (no file at all: what the wire protocol and the driver cost alone, a ceiling).
 */
public final class StoreBackendBench {

    private static final int CONVERSATIONS = 1_000;
    private static final int MESSAGES_PER_BLOCK = 50;
    private static final Duration WARM_UP = Duration.ofSeconds(20);
    private static final String REPLY = "¡Hola! El Plan Mensual cuesta 49,00 USD. ¿Te envío el enlace de pago?";

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        List<String> backends = args.length > 2 ? List.of(args).subList(2, args.length)
                : List.of("h2-serialised", "h2-bson", "memory");
        System.out.printf(Locale.ROOT, "%d cores, %s, %d threads, %d s measured after %d s of warm-up%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version(), threads, seconds, WARM_UP.toSeconds());
        for (String backend : backends) {
            Path directory = Files.createTempDirectory("store-bench");
            try {
                run(backend, open(backend, directory.resolve("mongo.mv").toString()), seconds, threads);
            } finally {
                deleteTree(directory);
            }
        }
    }

    private static MongoBackend open(String backend, String file) {
        return switch (backend) {
            case "h2-bson" -> new CommittingH2Backend(file);
            case "h2-serialised" -> new SerialisedH2Backend(file);
            case "memory" -> new MemoryBackend();
            default -> throw new IllegalArgumentException("unknown backend " + backend);
        };
    }

    private static void run(String name, MongoBackend backend, int seconds, int threads) throws Exception {
        MongoServer server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort() + "/?retryWrites=false&maxPoolSize=" + threads)) {
            MongoDatabase database = client.getDatabase("lyrox");
            Turns turns = new Turns(database);
            AtomicLong done = new AtomicLong();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService workers = Executors.newFixedThreadPool(threads);
            List<Future<Object>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int worker = t;
                runs.add(workers.submit(() -> {
                    SplittableRandom random = new SplittableRandom(worker);
                    long turn = 0;
                    while (running.get()) {
                        turns.answer(random.nextInt(CONVERSATIONS), worker + ":" + turn++);
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            Thread.sleep(WARM_UP.toMillis());
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long turnsBefore = done.get();
            long cpuBefore = os.getProcessCpuTime();
            long started = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            long turnsMeasured = done.get() - turnsBefore;
            double cpuMillis = (os.getProcessCpuTime() - cpuBefore) / 1e6;
            double elapsed = (System.nanoTime() - started) / 1e9;
            running.set(false);
            workers.shutdown();
            for (Future<Object> run : runs) {
                run.get(1, TimeUnit.MINUTES); // a turn that failed fails the run
            }
            System.out.printf(Locale.ROOT, "%-14s %8.0f turns/s  %6.2f ms CPU a turn  (%d turns, %.0f%% of the machine)%n",
                    name, turnsMeasured / elapsed, cpuMillis / turnsMeasured, turnsMeasured,
                    100 * cpuMillis / 1000 / elapsed / Runtime.getRuntime().availableProcessors());
        } finally {
            server.shutdown();
            backend.close();
        }
    }

    /** The commands of one answered message, by {@code _id} as the product sends them. */
    private record Turns(MongoCollection<Document> conversations, MongoCollection<Document> blocks,
                         MongoCollection<Document> messageIds) {

        Turns(MongoDatabase database) {
            this(database.getCollection("conversations"), database.getCollection("message_blocks"),
                    database.getCollection("message_ids"));
        }

        void answer(int conversation, String turn) {
            String id = "conversation-" + conversation;
            Date now = new Date();
            FindOneAndUpdateOptions upsertAfter = new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER);
            // The customer's message: its id claimed, the conversation's next place taken, the message appended.
            messageIds.insertOne(new Document("_id", "wamid.in-" + turn).append("conversationId", id));
            Document claimed = conversations.findOneAndUpdate(eq("_id", id), Updates.combine(Updates.inc("seq", 1L),
                    Updates.setOnInsert("companyId", "company"), Updates.set("updatedAt", now)), upsertAfter);
            long seq = ((Number) claimed.get("seq")).longValue();
            appendMessage(id, seq, "INBOUND", "ok, ¿cómo lo pago?", now);
            conversations.updateOne(eq("_id", id), Updates.combine(Updates.set("lastMessage", "ok, ¿cómo lo pago?"),
                    Updates.inc("unread", 1), Updates.inc("inboxVersion", 1L)));
            // The turn: claimed, the history read, the reply recorded.
            conversations.findOneAndUpdate(eq("_id", id), Updates.max("turnClaim", seq << 32), upsertAfter);
            conversations.find(eq("_id", id)).first();
            blocks.find(eq("_id", id + ":" + seq / MESSAGES_PER_BLOCK)).first();
            Document reply = conversations.findOneAndUpdate(eq("_id", id), Updates.inc("seq", 1L), upsertAfter);
            long replySeq = ((Number) reply.get("seq")).longValue();
            messageIds.insertOne(new Document("_id", "wamid.out-" + turn).append("conversationId", id));
            appendMessage(id, replySeq, "OUTBOUND", REPLY, now);
            conversations.updateOne(eq("_id", id), Updates.combine(Updates.set("lastMessage", REPLY),
                    Updates.set("unread", 0), Updates.inc("inboxVersion", 1L)));
            messageIds.find(eq("_id", "wamid.out-" + turn)).first();
        }

        private void appendMessage(String conversation, long seq, String direction, String text, Date at) {
            blocks.updateOne(eq("_id", conversation + ":" + seq / MESSAGES_PER_BLOCK),
                    Updates.push("messages", new Document("seq", seq).append("direction", direction)
                            .append("type", "TEXT").append("text", text).append("at", at).append("status", "SENT")),
                    new UpdateOptions().upsert(true));
        }
    }

    /** H2's default format (Java serialisation), commits as the product makes them: the store before BSON. */
    private static final class SerialisedH2Backend extends CommittingH2Backend {

        SerialisedH2Backend(String file) {
            super(MVStore.open(file));
        }

        @Override
        protected de.bwaldvogel.mongo.MongoDatabase openOrCreateDatabase(String databaseName) {
            return new H2Database(databaseName, getMvStore(), getCursorRegistry());
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
