package com.lyrox.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The in-process MongoDB server's file: documents of every BSON type come back as they were written,
 * across restarts, and a file written in the earlier format (Java serialisation) is converted when it
 * is opened, its documents and its indexes, also after a conversion that was cut short.
 */
class DocumentStoreTests {

    private static final Path DATA = Path.of("target", "test-data", "document-store");
    private static final String DATABASE = "lyrox";

    private Path file;

    @BeforeEach
    void freshFile() throws IOException {
        Files.createDirectories(DATA);
        file = DATA.resolve(UUID.randomUUID() + ".mv").toAbsolutePath();
    }

    @Test
    void documentsOfEveryTypeSurviveARestart() {
        List<Document> written = List.of(everyType("a"), everyType("b"));
        withServer(new CommittingH2Backend(file.toString()), things -> things.insertMany(written));

        List<Document> read = withServer(new CommittingH2Backend(file.toString()), DocumentStoreTests::all);

        assertThat(read).isEqualTo(written);
        assertThat(storedFormat()).containsEntry(DocumentStore.ALL_CONVERTED, DocumentStore.ALL_CONVERTED);
    }

    @Test
    void aFileOfTheEarlierFormatIsConvertedAndKeepsEveryDocument() {
        List<Document> written = new ArrayList<>();
        for (int i = 0; i < 25_000; i++) {
            written.add(i % 1000 == 0 ? everyType("doc-" + i) : new Document("_id", "doc-" + i).append("n", i));
        }
        withServer(new H2Backend(file.toString()), things -> things.insertMany(written));

        List<Document> read = withServer(new CommittingH2Backend(file.toString()), DocumentStoreTests::all);
        written.sort(Comparator.comparing(document -> document.getString("_id")));
        assertThat(read).isEqualTo(written);

        // The _id index was converted too: it finds a document and refuses a second one with the same _id.
        withServer(new CommittingH2Backend(file.toString()), things -> {
            assertThat(things.find(Filters.eq("_id", "doc-12345")).first()).isEqualTo(written.stream()
                    .filter(document -> document.get("_id").equals("doc-12345")).findFirst().orElseThrow());
            assertThatThrownBy(() -> things.insertOne(new Document("_id", "doc-7")))
                    .isInstanceOfSatisfying(MongoWriteException.class, e -> assertThat(e.getCode()).isEqualTo(11000));
            return null;
        });

        // Once converted, a further start reads the file as it is, and new writes join it.
        withServer(new CommittingH2Backend(file.toString()), things -> things.insertOne(everyType("later")));
        assertThat(withServer(new CommittingH2Backend(file.toString()), DocumentStoreTests::all)).hasSize(written.size() + 1);
    }

    @Test
    void aConversionCutShortIsStartedAgain() {
        List<Document> written = List.of(everyType("a"), everyType("b"));
        withServer(new H2Backend(file.toString()), things -> things.insertMany(written));
        // What a conversion stopped by a crash leaves: part of a converted copy and no note that it is done.
        MVStore store = MVStore.open(file.toString());
        MVMap<Object, de.bwaldvogel.mongo.bson.Document> partial = DocumentStore.documents(store,
                DocumentStore.DOCUMENTS_PREFIX + DATABASE + ".things.converting");
        partial.put("a", new de.bwaldvogel.mongo.bson.Document("_id", "a"));
        store.close();

        List<Document> read = withServer(new CommittingH2Backend(file.toString()), DocumentStoreTests::all);

        assertThat(read).isEqualTo(written);
        MVStore reopened = MVStore.open(file.toString());
        try {
            assertThat(reopened.getMapNames()).noneMatch(name -> name.endsWith(".converting"));
        } finally {
            reopened.close();
        }
    }

    /**
     * Updates change their documents while commits write other versions of them to the file: every
     * update lands, and the store stays open (an update that changed the stored document in place
     * would meet the commit writing it, and the store would close itself).
     */
    @Test
    void updatesRacingCommitsAllLandAndTheStoreStaysOpen() {
        int writers = 4;
        int updatesEach = 400;
        List<Integer> counts = withServer(new CommittingH2Backend(file.toString()), things -> {
            for (int doc = 0; doc < 3; doc++) {
                things.insertOne(new Document("_id", "block" + doc).append("messages", new ArrayList<>()).append("count", 0));
            }
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int writer = 0; writer < writers; writer++) {
                    int id = writer;
                    running.add(pool.submit(() -> {
                        for (int i = 0; i < updatesEach; i++) {
                            things.updateOne(Filters.eq("_id", "block" + (i % 3)), Updates.combine(
                                    Updates.push("messages", new Document("seq", id * updatesEach + i)
                                            .append("text", "mensaje " + i).append("at", new Date())),
                                    Updates.inc("count", 1),
                                    // A field added and another taken away: the document's own map changes shape.
                                    Updates.set("waiting" + i % 2, new Date()), Updates.unset("waiting" + (i + 1) % 2)));
                        }
                    }));
                }
                for (Future<?> writer : running) {
                    writer.get();
                }
            } catch (InterruptedException | ExecutionException e) {
                throw new AssertionError("An update failed", e);
            } finally {
                pool.shutdownNow();
            }
            return all(things).stream().map(doc -> doc.getInteger("count")).toList();
        });

        assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(writers * updatesEach);
        List<Document> reopened = withServer(new CommittingH2Backend(file.toString()), DocumentStoreTests::all);
        assertThat(reopened).allSatisfy(doc ->
                assertThat(doc.getList("messages", Document.class)).hasSize(doc.getInteger("count")));
    }

    private static Document everyType(String id) {
        return new Document("_id", id)
                .append("text", "¿cuánto cuesta? 🙂")
                .append("int", 42)
                .append("long", 1L << 40)
                .append("double", 49.5)
                .append("decimal", Decimal128.parse("49.00"))
                .append("flag", true)
                .append("nothing", null)
                .append("at", Date.from(Instant.now().truncatedTo(ChronoUnit.MILLIS)))
                .append("objectId", new ObjectId())
                .append("bytes", new Binary(new byte[] {1, 2, 3}))
                .append("nested", new Document("stage", "LEAD").append("tags", List.of("vip", "futsal")))
                .append("messages", List.of(new Document("seq", 1L).append("text", "hola"), new Document("seq", 2L)));
    }

    private static List<Document> all(MongoCollection<Document> things) {
        return things.find().sort(new Document("_id", 1)).into(new ArrayList<>());
    }

    private <T> T withServer(H2Backend backend, Function<MongoCollection<Document>, T> work) {
        MongoServer server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort() + "/?retryWrites=false")) {
            return work.apply(client.getDatabase(DATABASE).getCollection("things"));
        } finally {
            server.shutdown();
            backend.close();
        }
    }

    private Map<String, String> storedFormat() {
        MVStore store = MVStore.open(file.toString());
        try {
            return Map.copyOf(store.<String, String>openMap(DocumentStore.FORMAT_MAP));
        } finally {
            store.close();
        }
    }
}
