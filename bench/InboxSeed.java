// Seeds one company's conversation history straight into the application's MongoDB, in the shapes
// the product writes (conversations.internal: MongoConversationLog, MessageBlocks, Collections), then
// deletes the company's derived views in the application's Redis (keys inbox:{companyId}:* and
// activity:{companyId}:*), so the application rebuilds them from MongoDB on the next request.
// Going through the webhook would take hours for a million messages. Run by bench/inbox-scale.sh:
//   java -cp <mongodb-driver-sync, -core, bson> bench/InboxSeed.java --mongo-port P --redis-port R \
//        --company ID [--conversations 100000] [--messages 10] [--threads 4] [--batch 1000]
// Each conversation alternates an inbound customer message and an AI reply (text), its last message
// at a moment spread over the last 30 days; most are AI_ACTIVE, some HUMAN_HANDLING (with the
// handoff's date) and some CLOSED. The customers are not written to PostgreSQL: the lists read the
// copies on the conversation documents.
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;

public class InboxSeed {

    static final int BLOCK_SIZE = 50;
    static final int PREVIEW_LENGTH = 120;
    static final String[] INBOUND = {"Oi, vocês têm esse modelo em estoque?", "Qual o prazo de entrega para São Paulo?",
            "Aceitam pix?", "Pode me mandar o catálogo?", "Quanto fica com o frete?", "Tem desconto para duas unidades?"};
    static final String[] OUTBOUND = {"Temos sim! Posso separar um para você?", "Entregamos em 2 a 4 dias úteis na capital.",
            "Aceitamos pix, cartão e boleto.", "Claro, aqui está o nosso catálogo com os preços atualizados.",
            "O frete para o seu CEP fica R$ 19,90.", "Para duas unidades conseguimos 10% de desconto."};
    static final String[] STAGES = {"LEAD", "LEAD", "LEAD", "QUALIFIED", "CUSTOMER", "CHURNED"};

    public static void main(String[] args) throws Exception {
        // The driver's notice that it found no SLF4J; its errors still arrive as exceptions.
        java.util.logging.LogManager.getLogManager().reset();
        Map<String, String> options = options(args);
        int mongoPort = Integer.parseInt(required(options, "mongo-port"));
        int redisPort = Integer.parseInt(required(options, "redis-port"));
        UUID companyId = UUID.fromString(required(options, "company"));
        int conversations = Integer.parseInt(options.getOrDefault("conversations", "100000"));
        int messages = Integer.parseInt(options.getOrDefault("messages", "10"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "4"));
        int batch = Integer.parseInt(options.getOrDefault("batch", "1000"));
        // The company's WhatsApp number: none is connected in the benchmark, the lists only show its id.
        UUID channelId = UUID.nameUUIDFromBytes(("bench-channel:" + companyId).getBytes(StandardCharsets.UTF_8));

        // As the application connects to the embedded server (EmbeddedMongoServer.uri()): no retryable writes.
        ConnectionString uri = new ConnectionString("mongodb://127.0.0.1:" + mongoPort + "/lyrox?retryWrites=false");
        MongoClientSettings settings = MongoClientSettings.builder().applyConnectionString(uri)
                .applyToSocketSettings(socket -> socket.readTimeout(10, TimeUnit.MINUTES)).build();
        long started = System.nanoTime();
        AtomicLong written = new AtomicLong();
        Instant now = Instant.now();
        try (MongoClient client = MongoClients.create(settings)) {
            MongoDatabase database = client.getDatabase(uri.getDatabase());
            MongoCollection<Document> conversationDocs = database.getCollection("conversations");
            MongoCollection<Document> blockDocs = database.getCollection("message_blocks");
            MongoCollection<Document> messageIdDocs = database.getCollection("message_ids");
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> done = new ArrayList<>();
            int perThread = (conversations + threads - 1) / threads;
            for (int t = 0; t < threads; t++) {
                int from = t * perThread;
                int to = Math.min(conversations, from + perThread);
                done.add(pool.submit(() -> {
                    Batches batches = new Batches(conversationDocs, blockDocs, messageIdDocs, batch, written);
                    for (int i = from; i < to; i++) {
                        conversation(batches, companyId, channelId, i, messages, now);
                    }
                    batches.flush();
                    return null;
                }));
            }
            Thread progress = Thread.ofPlatform().daemon().start(() -> {
                long total = (long) conversations * (1 + blocks(messages) + messages);
                while (true) {
                    try {
                        Thread.sleep(30_000);
                    } catch (InterruptedException e) {
                        return;
                    }
                    System.out.printf("    ... %,d of about %,d documents after %.0f s%n", written.get(), total,
                            (System.nanoTime() - started) / 1e9);
                }
            });
            for (Future<?> future : done) {
                future.get();
            }
            progress.interrupt();
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("seeded %,d conversations, %,d messages (%,d documents) in %.1f s (%,.0f documents/s), %d threads%n",
                conversations, (long) conversations * messages, written.get(), seconds, written.get() / seconds, threads);
        System.out.printf("seed_seconds=%.1f%n", seconds);
        long deleted = deleteViews(redisPort, companyId);
        System.out.printf("deleted %d Redis keys of the company's derived views (inbox:%s:*, activity:%s:*)%n",
                deleted, companyId, companyId);
    }

    static int blocks(int messages) {
        return (messages + BLOCK_SIZE - 1) / BLOCK_SIZE;
    }

    /** One conversation: its document, its blocks, and a message_ids record per message. */
    static void conversation(Batches batches, UUID companyId, UUID channelId, int index, int messages, Instant now) {
        SplittableRandom random = new SplittableRandom(index * 7919L + 17);
        UUID customerId = UUID.nameUUIDFromBytes(("bench-customer:" + companyId + ":" + index).getBytes(StandardCharsets.UTF_8));
        UUID conversationId = UUID.nameUUIDFromBytes((companyId + ":" + customerId).getBytes(StandardCharsets.UTF_8));
        // The newest message within the last 30 days; the earlier ones two to ten minutes apart.
        Instant last = now.minusSeconds(random.nextLong(30L * 24 * 3600));
        Instant[] at = new Instant[messages];
        at[messages - 1] = last;
        for (int k = messages - 2; k >= 0; k--) {
            at[k] = at[k + 1].minusSeconds(120 + random.nextLong(480));
        }
        int roll = random.nextInt(100);
        String status = roll < 85 ? "AI_ACTIVE" : roll < 95 ? "HUMAN_HANDLING" : "CLOSED";

        long inbound = 0;
        long outbound = 0;
        long lastInboundSeq = 0;
        Instant lastInboundAt = null;
        List<Document> blockMessages = new ArrayList<>();
        Document lastMessage = null;
        for (int k = 0; k < messages; k++) {
            long seq = k + 1;
            boolean in = k % 2 == 0;
            String id = "wamid.bench." + index + "." + seq;
            String text = in ? INBOUND[random.nextInt(INBOUND.length)] : OUTBOUND[random.nextInt(OUTBOUND.length)];
            Document message;
            Document record = new Document("_id", companyId + ":" + id).append("companyId", companyId.toString())
                    .append("conversationId", conversationId.toString()).append("seq", seq);
            if (in) {
                inbound++;
                lastInboundSeq = seq;
                lastInboundAt = at[k];
                message = new Document("seq", seq).append("id", id).append("direction", "INBOUND").append("author", "CUSTOMER")
                        .append("type", "text").append("text", text).append("content", new Document("body", text))
                        .append("at", Date.from(at[k]));
                record.append("direction", "INBOUND").append("inboundOrdinal", inbound);
            } else {
                outbound++;
                Map<String, Object> meta = new LinkedHashMap<>();
                meta.put("model", "gpt-4o-mini");
                meta.put("tokensIn", 900 + random.nextInt(600));
                meta.put("tokensOut", 40 + random.nextInt(80));
                meta.put("latencyMs", 800L + random.nextInt(2000));
                meta.put("intent", "QUESTION");
                meta.put("sentiment", "NEUTRAL");
                meta.put("confidence", 0.8);
                meta.put("costUsd", "0.0002");
                meta.put("tools", List.of());
                message = new Document("seq", seq).append("id", id).append("direction", "OUTBOUND").append("author", "AI")
                        .append("type", "text").append("text", text)
                        .append("content", new Document("buttons", List.of()).append("listRows", List.of()))
                        .append("meta", new Document(meta)).append("at", Date.from(at[k]));
                record.append("direction", "OUTBOUND").append("status", "DELIVERED").append("rank", 3)
                        .append("errorCode", null).append("errorMessage", null);
            }
            batches.messageId(record);
            blockMessages.add(message);
            lastMessage = message;
            if (blockMessages.size() == BLOCK_SIZE || k == messages - 1) {
                long block = (seq - 1) / BLOCK_SIZE;
                batches.block(new Document("_id", conversationId + ":" + block).append("companyId", companyId.toString())
                        .append("conversationId", conversationId.toString()).append("block", block)
                        .append("messages", blockMessages));
                blockMessages = new ArrayList<>();
            }
        }
        String lastText = lastMessage.getString("text");
        Document conversation = new Document("_id", conversationId.toString()).append("companyId", companyId.toString())
                .append("customerId", customerId.toString()).append("createdAt", Date.from(at[0]))
                .append("answeredThroughSeq", lastInboundSeq).append("status", status)
                .append("channelId", channelId.toString())
                .append("customerPhone", String.format("55119%08d", index))
                .append("customerName", "Cliente " + (index + 1))
                .append("stage", STAGES[random.nextInt(STAGES.length)])
                .append("tags", random.nextInt(4) == 0 ? List.of("vip") : List.of())
                .append("lastMessageAt", Date.from(last))
                .append("lastInboundAt", lastInboundAt == null ? null : Date.from(lastInboundAt))
                .append("lastMessagePreview", lastText.length() <= PREVIEW_LENGTH ? lastText
                        : lastText.substring(0, PREVIEW_LENGTH - 1) + "…")
                .append("lastMessageDirection", lastMessage.getString("direction"))
                .append("needsTemplate", false)
                .append("updatedAt", Date.from(last))
                .append("messageCount", (long) messages).append("inboundCount", inbound).append("outboundCount", outbound)
                // A fifth never opened by the team since the customer last wrote.
                .append("unreadCount", random.nextInt(5) == 0 ? Math.min(inbound, 1 + random.nextLong(3)) : 0L)
                .append("replyingThroughSeq", lastInboundSeq)
                .append("turnFromSeq", Math.max(0, lastInboundSeq - 2));
        if (!status.equals("AI_ACTIVE")) {
            Instant handedOff = at[Math.max(0, messages - 2)];
            conversation.append("statusReason", status.equals("CLOSED") ? "Closed by the team" : "The customer asked for a person");
            if (status.equals("HUMAN_HANDLING")) {
                conversation.append("handoffs", List.of(Date.from(handedOff)));
            }
        }
        batches.conversation(conversation);
    }

    /** Documents gathered per collection and written with unordered insertMany. */
    static final class Batches {
        final MongoCollection<Document> conversations;
        final MongoCollection<Document> blocks;
        final MongoCollection<Document> messageIds;
        final int size;
        final AtomicLong written;
        final List<Document> pendingConversations = new ArrayList<>();
        final List<Document> pendingBlocks = new ArrayList<>();
        final List<Document> pendingIds = new ArrayList<>();

        Batches(MongoCollection<Document> conversations, MongoCollection<Document> blocks,
                MongoCollection<Document> messageIds, int size, AtomicLong written) {
            this.conversations = conversations;
            this.blocks = blocks;
            this.messageIds = messageIds;
            this.size = size;
            this.written = written;
        }

        void conversation(Document document) {
            add(conversations, pendingConversations, document);
        }

        void block(Document document) {
            add(blocks, pendingBlocks, document);
        }

        void messageId(Document document) {
            add(messageIds, pendingIds, document);
        }

        private void add(MongoCollection<Document> collection, List<Document> pending, Document document) {
            pending.add(document);
            if (pending.size() >= size) {
                write(collection, pending);
            }
        }

        void flush() {
            write(conversations, pendingConversations);
            write(blocks, pendingBlocks);
            write(messageIds, pendingIds);
        }

        private void write(MongoCollection<Document> collection, List<Document> pending) {
            if (!pending.isEmpty()) {
                collection.insertMany(pending, new InsertManyOptions().ordered(false));
                written.addAndGet(pending.size());
                pending.clear();
            }
        }
    }

    /** SCAN ... MATCH then DEL over a raw RESP connection, for each prefix of the company's views. */
    static long deleteViews(int port, UUID companyId) throws IOException {
        long deleted = 0;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) Duration.ofMinutes(2).toMillis());
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            for (String prefix : List.of("inbox:" + companyId + ":", "activity:" + companyId + ":")) {
                String cursor = "0";
                do {
                    command(out, "SCAN", cursor, "MATCH", prefix + "*", "COUNT", "1000");
                    List<?> reply = (List<?>) read(in);
                    cursor = (String) reply.get(0);
                    List<?> keys = (List<?>) reply.get(1);
                    if (!keys.isEmpty()) {
                        List<String> del = new ArrayList<>(List.of("DEL"));
                        keys.forEach(key -> del.add((String) key));
                        command(out, del.toArray(String[]::new));
                        deleted += (Long) read(in);
                    }
                } while (!cursor.equals("0"));
                // The marker keys by name as well, should a SCAN pattern ever miss them.
                command(out, "DEL", prefix + "built");
                deleted += (Long) read(in);
            }
        }
        return deleted;
    }

    static void command(OutputStream out, String... parts) throws IOException {
        StringBuilder request = new StringBuilder("*").append(parts.length).append("\r\n");
        for (String part : parts) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            request.append('$').append(bytes.length).append("\r\n").append(part).append("\r\n");
        }
        out.write(request.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static Object read(InputStream in) throws IOException {
        int type = in.read();
        String line = line(in);
        return switch (type) {
            case '+' -> line;
            case '-' -> throw new IOException("Redis answered " + line);
            case ':' -> Long.parseLong(line);
            case '$' -> {
                int length = Integer.parseInt(line);
                if (length < 0) {
                    yield null;
                }
                byte[] bytes = in.readNBytes(length + 2);
                yield new String(bytes, 0, length, StandardCharsets.UTF_8);
            }
            case '*' -> {
                int count = Integer.parseInt(line);
                List<Object> items = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    items.add(read(in));
                }
                yield items;
            }
            default -> throw new IOException("Unexpected Redis reply type " + (char) type);
        };
    }

    static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != '\r') {
            if (c < 0) {
                throw new IOException("Redis closed the connection");
            }
            line.append((char) c);
        }
        in.read();
        return line.toString();
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected --name value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }
}
