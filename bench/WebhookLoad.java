import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Load generator for the WhatsApp message path (bench/whatsapp.sh runs it). JDK only, run with
 * the source launcher:
 *
 * <pre>java bench/WebhookLoad.java --app http://127.0.0.1:8080 [--pid N] [options]</pre>
 *
 * Starts a Graph API stub on a free loopback port, signs up a company, connects a channel whose
 * graphBaseUrl is the stub, then:
 * <ol>
 *   <li>ACK phase: {@code --messages} signed text webhooks from {@code --customers} customers, as
 *       fast as {@code --concurrency} senders go, round-robin over the customers and in order per
 *       customer (a customer's next webhook starts after its previous one was acknowledged). Reports
 *       the 200s per second and their latency, then waits until every reply has arrived; meanwhile an
 *       owner reads the inbox's first page twice a second (its latency in the burst and the drain).</li>
 *   <li>End-to-end phase: a closed loop per customer for {@code --e2e-seconds}: send one webhook,
 *       wait for the reply at the stub, send the next. Reports send-to-reply latency and replies/s.</li>
 * </ol>
 * After each phase it audits every conversation through the REST API against what was sent and
 * what the stub received (lost and duplicate replies), and it samples CPU and memory of the
 * application (and of its embedded PostgreSQL and Redis) from /proc when given {@code --pid}.
 * Exits 1 when a message or a reply was lost or duplicated, 2 on a setup failure.
 */
public class WebhookLoad {

    // ---------------------------------------------------------------- options

    static String app;
    static long appPid = -1;
    static int messages = 20_000;
    static int customerCount = 1_000;
    static int concurrency = 64;
    static int e2eSeconds = 60;
    static int e2eCustomers = -1;
    static long debounceMillis = 2_000;
    static int settleTimeoutSeconds = 600;
    static int clockTicks = 100;
    static String serverMark;
    static boolean ackOnly;
    static boolean e2eOnly;
    static int warmup = 5_000;
    static int modelStubPort = -1;
    static long modelDelayMillis = 2_000;

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--app" -> app = value.replaceAll("/$", "");
                case "--pid" -> appPid = Long.parseLong(value);
                case "--messages" -> messages = Integer.parseInt(value);
                case "--customers" -> customerCount = Integer.parseInt(value);
                case "--concurrency" -> concurrency = Integer.parseInt(value);
                case "--e2e-seconds" -> e2eSeconds = Integer.parseInt(value);
                case "--e2e-customers" -> e2eCustomers = Integer.parseInt(value);
                case "--debounce-ms" -> debounceMillis = Long.parseLong(value);
                case "--settle-timeout" -> settleTimeoutSeconds = Integer.parseInt(value);
                case "--clk-tck" -> clockTicks = Integer.parseInt(value);
                case "--servers" -> serverMark = value;
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--ack-only" -> {
                    ackOnly = true;
                    i--;
                }
                case "--e2e-only" -> {
                    e2eOnly = true;
                    i--;
                }
                case "--model-stub-port" -> modelStubPort = Integer.parseInt(value);
                case "--model-delay-ms" -> modelDelayMillis = Long.parseLong(value);
                default -> usage("unknown option " + args[i]);
            }
            i++;
        }
        if (app == null) {
            usage("--app is required");
        }
        if (customerCount < 1 || customerCount > 10_000 || messages < customerCount) {
            usage("--customers must be 1..10000 and --messages at least --customers");
        }
        System.exit(new WebhookLoad().run());
    }

    static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: java bench/WebhookLoad.java --app URL [--pid N] [--messages 20000] [--customers 1000]"
                + " [--concurrency 64] [--e2e-seconds 60] [--e2e-customers all] [--debounce-ms 2000] [--settle-timeout 600] [--clk-tck 100]"
                + " [--servers TEXT: processes whose command line holds TEXT count as the app's too, e.g. its data dir]"
                + " [--warmup 5000 status webhooks first] [--ack-only: phase 1's webhooks only, no waiting for replies, no audit, no phase 2]"
                + " [--e2e-only: phase 2 only] [--model-stub-port N: answer OpenAI chat completions there] [--model-delay-ms 2000]");
        System.exit(2);
    }

    // ---------------------------------------------------------------- state

    /** One customer: what was sent to the application and what the stub saw for it. */
    static final class Customer {
        final int index;
        final String waId;
        final String name;
        final List<String> sent = new ArrayList<>();              // inbound wamids, in sending order
        int planned;                                               // ACK phase: messages to send
        int nextSeq;
        volatile String lastSent;
        // at the stub
        final AtomicInteger replies = new AtomicInteger();
        final List<String> events = new ArrayList<>();             // at the stub, in order: "R:" + message id marked
                                                                   // read (one per turn), "O:" + wamid of a reply
        volatile String lastReceipt;
        volatile boolean lastAnswered;                             // a reply came after a read receipt for lastSent
        // end-to-end phase
        volatile long inFlightSince;                               // 0: nothing waiting for a reply

        Customer(int index) {
            this.index = index;
            this.waId = "1555000" + String.format("%04d", index);
            this.name = "Cliente " + String.format("%04d", index);
        }
    }

    final String runTag = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
    final Customer[] customers = new Customer[customerCount];
    final Map<String, Customer> byWaId = new HashMap<>();
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    final AtomicLong replyCounter = new AtomicLong();
    final AtomicLong stubCalls = new AtomicLong();
    final AtomicLong strayReplies = new AtomicLong();
    final AtomicLong unknownRecipients = new AtomicLong();
    final AtomicInteger lastAnsweredCount = new AtomicInteger();
    volatile long lastStubCallNanos = System.nanoTime();
    final LongList replyTimes = new LongList();
    volatile BlockingQueue<Customer> e2eReady;
    volatile boolean e2eOpen;
    final LongList e2eLatencies = new LongList();
    final AtomicLong e2eRepliesInWindow = new AtomicLong();
    volatile long e2eWindowEnd = Long.MAX_VALUE;

    String phoneNumberId;
    String appSecret;
    String email;
    final String password = "bench-password-" + UUID.randomUUID();
    HttpServer stub;
    volatile ModelStub modelStub;
    Sampler sampler;
    final ThreadLocal<Mac> macs = new ThreadLocal<>();

    int run() throws Exception {
        for (int i = 0; i < customerCount; i++) {
            customers[i] = new Customer(i);
            customers[i].planned = messages / customerCount + (i < messages % customerCount ? 1 : 0);
            byWaId.put(customers[i].waId, customers[i]);
        }
        startStub();
        ModelStub model = modelStubPort > 0 ? new ModelStub(modelStubPort, modelDelayMillis) : null;
        try {
            setUp();
            sampler = appPid > 0 ? new Sampler(appPid) : null;
            if (sampler != null) {
                sampler.start();
            }
            if (model != null) {
                modelStub = model;
                System.out.printf("OpenAI-format model stub on port %d, answering after %d ms%n", modelStubPort, modelDelayMillis);
            }
            int problems = e2eOnly ? 0 : ackPhase();
            if (ackOnly) {
                return problems == 0 ? 0 : 1;
            }
            problems += e2ePhase();
            System.out.println();
            System.out.println(problems == 0 ? "RESULT ok: nothing lost, nothing duplicated"
                    : "RESULT FAILED: " + problems + " lost or duplicated (see above)");
            return problems == 0 ? 0 : 1;
        } finally {
            if (sampler != null) {
                sampler.stop();
            }
            stub.stop(0);
            if (model != null) {
                model.stop();
            }
        }
    }

    // ---------------------------------------------------------------- set-up

    void setUp() throws Exception {
        email = "bench-" + runTag.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String session = call("POST", "/api/v1/auth/signup", null, """
                {"email":"%s","password":"%s","name":"Bench Owner","companyName":"Bench %s"}"""
                .formatted(email, password, runTag), 201);
        String token = field(session, "accessToken");
        // A new company's trial has the top plan's unlimited AI: the free plan's 1,000 interactions a month would end
        // the AI's answers mid-run.
        if (!field(call("GET", "/api/v1/company", token, null, 200), "trialEndsAt").startsWith("20")) {
            throw new IllegalStateException("the company is not on a trial (lyrox.plans.trial-length)");
        }
        phoneNumberId = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000_000L, 999_999_999_999_999L));
        appSecret = "bench-app-secret-" + UUID.randomUUID();
        String stubUrl = "http://127.0.0.1:" + stub.getAddress().getPort();
        call("POST", "/api/v1/channels", token, """
                {"name":"Bench number","phoneNumberId":"%s","displayPhoneNumber":"+1 555 000 0000",\
                "accessToken":"bench-token","appSecret":"%s","verifyToken":"bench-verify-%s",\
                "graphBaseUrl":"%s","graphVersion":"v25.0"}""".formatted(phoneNumberId, appSecret, runTag, stubUrl), 201);
        System.out.printf("company signed up (%s), channel %s -> Graph stub at %s%n", email, phoneNumberId, stubUrl);
    }

    String login() throws Exception {
        return field(call("POST", "/api/v1/auth/login", null, """
                {"email":"%s","password":"%s"}""".formatted(email, password), 200), "accessToken");
    }

    String call(String method, String path, String token, String json, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return matcher.group(1);
    }

    // ---------------------------------------------------------------- Graph API stub

    static final Pattern TO = Pattern.compile("\"to\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern MESSAGE_ID = Pattern.compile("\"message_id\"\\s*:\\s*\"([^\"]+)\"");

    void startStub() throws IOException {
        stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        stub.setExecutor(executor(32));
        stub.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            long now = System.nanoTime();
            String text = new String(body, StandardCharsets.UTF_8);
            String answer;
            if (text.contains("\"status\":\"read\"")) {
                receipt(text);
                answer = "{\"success\":true}";
            } else {
                String id = "wamid.STUB" + runTag + "." + replyCounter.incrementAndGet();
                Matcher to = TO.matcher(text);
                String recipient = to.find() ? to.group(1) : "";
                reply(recipient, id, now);
                answer = "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"" + recipient + "\",\"wa_id\":\""
                        + recipient + "\"}],\"messages\":[{\"id\":\"" + id + "\"}]}";
            }
            stubCalls.incrementAndGet();
            lastStubCallNanos = now;
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        stub.start();
    }

    void receipt(String body) {
        Matcher id = MESSAGE_ID.matcher(body);
        if (!id.find()) {
            return;
        }
        Customer customer = ownerOf(id.group(1));
        if (customer != null) {
            synchronized (customer) {
                customer.events.add("R:" + id.group(1));
                customer.lastReceipt = id.group(1);
            }
        }
    }

    void reply(String to, String id, long now) {
        Customer customer = byWaId.get(to);
        if (customer == null) {
            unknownRecipients.incrementAndGet();
            return;
        }
        replyTimes.add(now);
        customer.replies.incrementAndGet();
        synchronized (customer) {
            customer.events.add("O:" + id);
            if (!customer.lastAnswered && customer.lastSent != null && customer.lastSent.equals(customer.lastReceipt)) {
                customer.lastAnswered = true;
                lastAnsweredCount.incrementAndGet();
            }
        }
        long since = customer.inFlightSince;
        if (since != 0) {
            customer.inFlightSince = 0;
            e2eLatencies.add(now - since);
            if (now <= e2eWindowEnd) {
                e2eRepliesInWindow.incrementAndGet();
            }
            if (e2eOpen) {
                e2eReady.add(customer);
            }
        } else if (e2eReady != null) {
            strayReplies.incrementAndGet();
        }
    }

    /** wamid.LBENCH.{run}.{phase}.{customer}.{n} → the customer. */
    Customer ownerOf(String wamid) {
        String[] parts = wamid.split("\\.");
        if (parts.length != 6 || !"LBENCH".equals(parts[1])) {
            return null;
        }
        int index = Integer.parseInt(parts[4]);
        return index < customerCount ? customers[index] : null;
    }

    // ---------------------------------------------------------------- webhooks

    String wamid(String phase, Customer customer, int n) {
        return "wamid.LBENCH." + runTag + "." + phase + "." + String.format("%04d", customer.index) + "." + n;
    }

    /** A text message from the customer in the Cloud API's wire format. */
    /** A customer's text, stamped (as WhatsApp does, in whole seconds) with when they sent it. */
    String textWebhook(Customer customer, String wamid, String text, long sentAtSeconds) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"100000000000001","changes":[{"field":"messages",\
                "value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550000000",\
                "phone_number_id":"%s"},"contacts":[{"profile":{"name":"%s"},"wa_id":"%s"}],"messages":[{"from":"%s",\
                "id":"%s","timestamp":"%d","type":"text","text":{"body":"%s"}}]}}]}]}"""
                .formatted(phoneNumberId, customer.name, customer.waId, customer.waId, wamid, sentAtSeconds, text);
    }

    /** A delivery status of a message the application never sent: the same webhook path, next to no work after it. */
    String statusWebhook(String wamid) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"100000000000001","changes":[{"field":"messages",\
                "value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550000000",\
                "phone_number_id":"%s"},"statuses":[{"id":"%s","status":"delivered","timestamp":"%d",\
                "recipient_id":"15559999999"}]}}]}]}""".formatted(phoneNumberId, wamid, System.currentTimeMillis() / 1000 - 3600);
    }

    /** A webhook body and its X-Hub-Signature-256, built before it is sent. */
    record Signed(byte[] body, String signature) {
    }

    Signed signed(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new Signed(bytes, sign(bytes));
    }

    long deliver(Customer customer, String wamid, String text, Counters counters) throws InterruptedException {
        return deliver(signed(textWebhook(customer, wamid, text, System.currentTimeMillis() / 1000)), counters);
    }

    /** Posts a signed webhook until it gets a 200; answers how long that took in nanoseconds, -1 if it never did. */
    long deliver(Signed webhook, Counters counters) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app + "/webhooks/whatsapp"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", webhook.signature())
                .POST(HttpRequest.BodyPublishers.ofByteArray(webhook.body())).build();
        long started = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            // Meta retries anything but a 200; so does this sender (a few times, quickly).
            long attemptStarted = System.nanoTime();
            try {
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    counters.ackLatencies.add(System.nanoTime() - attemptStarted);
                    return System.nanoTime() - started;
                }
                counters.failures.merge("HTTP " + response.statusCode(), 1, Integer::sum);
            } catch (IOException e) {
                counters.failures.merge(e.getClass().getSimpleName(), 1, Integer::sum);
            }
            if (attempt == 10) {
                counters.undelivered.incrementAndGet();
                return -1;
            }
            Thread.sleep(100L * attempt);
        }
    }

    String sign(byte[] body) {
        try {
            Mac mac = macs.get();
            if (mac == null) {
                mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                macs.set(mac);
            }
            StringBuilder hex = new StringBuilder("sha256=");
            for (byte b : mac.doFinal(body)) {
                hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return hex.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the senders of one phase counted. */
    static final class Counters {
        final LongList ackLatencies = new LongList();
        final Map<String, Integer> failures = new java.util.concurrent.ConcurrentHashMap<>();
        final AtomicInteger undelivered = new AtomicInteger();
        final AtomicInteger sent = new AtomicInteger();
    }

    // ---------------------------------------------------------------- phase 1: ACK throughput

    int ackPhase() throws Exception {
        System.out.printf("%nphase 1 (ACK): %,d webhooks from %,d customers, %d concurrent senders%n",
                messages, customerCount, concurrency);
        // Bodies and signatures are built beforehand, so that the load generator spends its CPU on sending.
        // Each customer typed their messages a second apart, before the burst reaches us: the history must follow
        // that order whatever order the workers record them in.
        long typedFrom = System.currentTimeMillis() / 1000 - customers[0].planned - 60;
        Signed[][] webhooks = new Signed[customerCount][];
        for (Customer customer : customers) {
            webhooks[customer.index] = new Signed[customer.planned];
            for (int n = 1; n <= customer.planned; n++) {
                String id = wamid("p1", customer, n);
                webhooks[customer.index][n - 1] = signed(textWebhook(customer, id,
                        "Hola, mensaje " + n + " de " + customer.name + " (" + id + ")", typedFrom + n));
            }
        }
        if (warmup > 0) {
            // Warms the webhook path up (JIT) with status webhooks: acknowledged and queued like messages, no reply;
            // an hour old, so the workers drop them as statuses of messages this system never sent.
            Signed[] statuses = new Signed[warmup];
            for (int i = 0; i < warmup; i++) {
                statuses[i] = signed(statusWebhook("wamid.WARMUP." + runTag + "." + i));
            }
            AtomicInteger next = new AtomicInteger();
            Counters warm = new Counters();
            long warmStarted = System.nanoTime();
            runSenders(() -> {
                for (int i = next.getAndIncrement(); i < warmup; i = next.getAndIncrement()) {
                    deliver(statuses[i], warm);
                }
            });
            System.out.printf("  warm-up: %,d status webhooks in %.1f s%n", warmup, (System.nanoTime() - warmStarted) / 1e9);
            Thread.sleep(2_000);
        }
        BlockingQueue<Customer> ready = new LinkedBlockingQueue<>(Arrays.asList(customers));
        AtomicInteger remaining = new AtomicInteger(messages);
        Counters counters = new Counters();
        Sampler.Mark cpuStart = mark();
        InboxProbe inbox = ackOnly ? null : new InboxProbe(login());
        long started = System.nanoTime();
        runSenders(() -> {
            while (remaining.get() > 0) {
                Customer customer = ready.poll(20, TimeUnit.MILLISECONDS);
                if (customer == null) {
                    continue;
                }
                remaining.decrementAndGet();
                int n = ++customer.nextSeq;
                String id = wamid("p1", customer, n);
                synchronized (customer) {
                    customer.sent.add(id);
                    customer.lastSent = id;
                }
                deliver(webhooks[customer.index][n - 1], counters);
                counters.sent.incrementAndGet();
                if (customer.nextSeq < customer.planned) {
                    ready.add(customer);
                }
            }
        });
        long acked = System.nanoTime();
        if (inbox != null) {
            inbox.burstOver();
        }
        lastStubCallNanos = acked;
        Sampler.Mark cpuAck = mark();
        double seconds = (acked - started) / 1e9;
        int delivered = counters.ackLatencies.size();
        System.out.printf("  ACK: %,d x 200 in %.1f s = %,.0f req/s; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                delivered, seconds, delivered / seconds, ms(counters.ackLatencies.percentile(50)),
                ms(counters.ackLatencies.percentile(99)), ms(counters.ackLatencies.percentile(100)));
        if (!counters.failures.isEmpty() || counters.undelivered.get() > 0) {
            System.out.printf("  non-200 answers (retried): %s; given up: %d%n", counters.failures, counters.undelivered.get());
        }
        printUsage("  during the ACK burst", cpuStart, cpuAck);
        if (ackOnly) {
            return counters.undelivered.get();
        }

        // Drain: wait until every customer's last message was answered, or nothing moves any more.
        settle(() -> lastAnsweredCount.get() >= customerCount, started + TimeUnit.SECONDS.toNanos(settleTimeoutSeconds));
        Sampler.Mark cpuEnd = mark();
        long[] times = replyTimes.toArray();
        Arrays.sort(times);
        if (times.length > 0) {
            double first = (times[0] - started) / 1e9;
            double last = (times[times.length - 1] - started) / 1e9;
            System.out.printf("  replies at the stub: %,d to %,d customers; first %.1f s, last %.1f s after the first webhook;"
                    + " %,.0f replies/s from first to last, peak %,d in one second%n",
                    times.length, countCustomersWithReplies(), first, last,
                    times.length / Math.max(0.001, last - first), peakPerSecond(times));
            System.out.printf("  all replies in %.1f s after the last ACK%n", (times[times.length - 1] - acked) / 1e9);
        } else {
            System.out.println("  no reply reached the stub");
        }
        inbox.stop();
        printUsage("  whole phase (burst + drain)", cpuStart, cpuEnd);
        return audit("phase 1 audit");
    }

    /**
     * An owner looking at the inbox while the burst arrives and drains: the first page of
     * conversations ({@code GET /api/v1/conversations?size=20}) twice a second.
     */
    final class InboxProbe {
        private final LongList duringBurst = new LongList();
        private final LongList duringDrain = new LongList();
        private volatile LongList current = duringBurst;
        private volatile boolean running = true;
        private final Thread thread;

        InboxProbe(String token) {
            thread = Thread.ofPlatform().daemon().start(() -> {
                while (running) {
                    long start = System.nanoTime();
                    try {
                        call("GET", "/api/v1/conversations?size=20", token, null, 200);
                        current.add(System.nanoTime() - start);
                    } catch (Exception e) {
                        System.out.println("  inbox probe: " + e.getMessage());
                    }
                    long rest = 500 - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                    try {
                        Thread.sleep(Math.max(0, rest));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        void burstOver() {
            current = duringDrain;
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join(10_000);
            print("during the burst", duringBurst);
            print("while the workers drain", duringDrain);
        }

        private void print(String when, LongList latencies) {
            System.out.printf("  inbox list %s: %,d reads, p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", when,
                    latencies.size(), ms(latencies.percentile(50)), ms(latencies.percentile(95)),
                    ms(latencies.percentile(100)));
        }
    }

    /**
     * Waits until {@code done}, the deadline, or nothing moves any more: no call at the stub and no change in the
     * newest conversation (the application records messages it does not answer, e.g. merged into a later turn).
     */
    void settle(java.util.function.BooleanSupplier done, long deadline) throws Exception {
        long quietNanos = TimeUnit.MILLISECONDS.toNanos(Math.max(15_000, 3 * debounceMillis));
        String token = login();
        String newest = "";
        long lastProgress = System.nanoTime();
        long lastLook = 0;
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            long now = System.nanoTime();
            if (now - lastStubCallNanos < TimeUnit.SECONDS.toNanos(2)) {
                lastProgress = Math.max(lastProgress, lastStubCallNanos);
            } else if (now - lastLook > TimeUnit.SECONDS.toNanos(2)) {
                lastLook = now;
                String look = call("GET", "/api/v1/conversations?size=1", token, null, 200);
                if (!look.equals(newest)) {
                    newest = look;
                    lastProgress = now;
                }
            }
            if (now - Math.max(lastProgress, lastStubCallNanos) > quietNanos) {
                return;
            }
            Thread.sleep(100);
        }
    }

    long countCustomersWithReplies() {
        return Arrays.stream(customers).filter(c -> c.replies.get() > 0).count();
    }

    static int peakPerSecond(long[] sortedNanos) {
        int peak = 0;
        int from = 0;
        for (int to = 0; to < sortedNanos.length; to++) {
            while (sortedNanos[to] - sortedNanos[from] >= 1_000_000_000L) {
                from++;
            }
            peak = Math.max(peak, to - from + 1);
        }
        return peak;
    }

    // ---------------------------------------------------------------- phase 2: end to end, closed loop

    int e2ePhase() throws Exception {
        int looping = e2eCustomers > 0 ? Math.min(e2eCustomers, customerCount) : customerCount;
        System.out.printf("%nphase 2 (end to end): %,d customers in a closed loop for %d s (send, wait for the reply, send again)%n",
                looping, e2eSeconds);
        BlockingQueue<Customer> ready = new LinkedBlockingQueue<>(Arrays.asList(customers).subList(0, looping));
        e2eReady = ready;
        e2eOpen = true;
        Counters counters = new Counters();
        AtomicInteger[] perCustomer = new AtomicInteger[customerCount];
        for (int i = 0; i < customerCount; i++) {
            perCustomer[i] = new AtomicInteger();
        }
        Sampler.Mark cpuStart = mark();
        long started = System.nanoTime();
        long end = started + TimeUnit.SECONDS.toNanos(e2eSeconds);
        e2eWindowEnd = end;
        LongList inFlightSamples = new LongList();
        LongList threadSamples = new LongList();
        Thread inFlightSampler = Thread.ofPlatform().daemon().start(() -> {
            while (System.nanoTime() < end) {
                inFlightSamples.add(inFlight());
                if (appPid > 0) {
                    threadSamples.add(Sampler.statusKb(appPid, "Threads:"));
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        runSenders(() -> {
            while (System.nanoTime() < end) {
                Customer customer = ready.poll(20, TimeUnit.MILLISECONDS);
                if (customer == null) {
                    continue;
                }
                int n = perCustomer[customer.index].incrementAndGet();
                String id = wamid("p2", customer, n);
                synchronized (customer) {
                    customer.sent.add(id);
                    customer.lastSent = id;
                }
                customer.inFlightSince = System.nanoTime();
                if (deliver(customer, id, "Otra pregunta, numero " + n + " (" + id + ")", counters) < 0) {
                    customer.inFlightSince = 0;
                }
                counters.sent.incrementAndGet();
            }
        });
        e2eOpen = false;
        inFlightSampler.join();
        lastStubCallNanos = System.nanoTime();
        Sampler.Mark cpuWindow = mark();
        long sentInWindow = counters.sent.get();
        // Let the messages still in flight be answered.
        settle(() -> inFlight() == 0, System.nanoTime() + TimeUnit.SECONDS.toNanos(settleTimeoutSeconds));
        Thread.sleep(Math.max(2_000, 2 * debounceMillis)); // a late duplicate would show up here
        long unanswered = inFlight();
        double window = e2eSeconds;
        System.out.printf("  %,d webhooks sent in the window; ACK p50 %.1f ms, p99 %.1f ms%n", sentInWindow,
                ms(counters.ackLatencies.percentile(50)), ms(counters.ackLatencies.percentile(99)));
        System.out.printf("  replies in the window: %,d = %,.0f replies/s; end to end (webhook sent -> reply at the stub)"
                        + " p50 %.0f ms, p99 %.0f ms, max %.0f ms over %,d messages%n",
                e2eRepliesInWindow.get(), e2eRepliesInWindow.get() / window, ms(e2eLatencies.percentile(50)),
                ms(e2eLatencies.percentile(99)), ms(e2eLatencies.percentile(100)), e2eLatencies.size());
        System.out.printf("  still waiting for a reply after settling: %d; replies with no message waiting: %d%n",
                unanswered, strayReplies.get());
        if (!counters.failures.isEmpty() || counters.undelivered.get() > 0) {
            System.out.printf("  non-200 answers (retried): %s; given up: %d%n", counters.failures, counters.undelivered.get());
        }
        double inFlightMean = inFlightSamples.mean();
        double latencySeconds = e2eLatencies.mean() / 1e9;
        double throughput = e2eRepliesInWindow.get() / window;
        System.out.printf("  in flight (waiting for a reply): mean %,.0f, max %,d; mean end to end %.2f s;"
                        + " in flight / mean latency = %,.0f replies/s against %,.0f measured (%+.1f%%)%n",
                inFlightMean, inFlightSamples.percentile(100), latencySeconds,
                latencySeconds > 0 ? inFlightMean / latencySeconds : 0, throughput,
                latencySeconds > 0 && inFlightMean > 0 ? (throughput / (inFlightMean / latencySeconds) - 1) * 100 : 0);
        if (modelStub != null) {
            double ideal = inFlightMean / ((modelDelayMillis + debounceMillis) / 1e3);
            System.out.printf("  model stub: %,d calls, at most %,d at once; in flight / (model delay + debounce) = %,.0f replies/s:"
                            + " measured %.0f%% of it%n", modelStub.calls.get(), modelStub.peak.get(), ideal,
                    ideal > 0 ? throughput / ideal * 100 : 0);
        }
        if (threadSamples.size() > 0) {
            System.out.printf("  application threads (platform, from /proc): max %,d%n", threadSamples.percentile(100));
        }
        printUsage("  during the window", cpuStart, cpuWindow);
        return audit("phase 2 audit (whole history)") + (int) unanswered + (int) strayReplies.get();
    }

    long inFlight() {
        return Arrays.stream(customers).filter(c -> c.inFlightSince != 0).count();
    }

    // ---------------------------------------------------------------- senders

    interface Loop {
        void run() throws Exception;
    }

    void runSenders(Loop loop) throws Exception {
        ExecutorService pool = executor(concurrency);
        List<Future<?>> senders = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            senders.add(pool.submit(() -> {
                loop.run();
                return null;
            }));
        }
        for (Future<?> sender : senders) {
            sender.get();
        }
        pool.shutdown();
    }

    /** Virtual threads on Java 21+, else a fixed pool of platform threads. */
    static ExecutorService executor(int platformThreads) {
        if (Runtime.version().feature() >= 21) {
            try {
                return (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return Executors.newFixedThreadPool(platformThreads);
    }

    // ---------------------------------------------------------------- audit

    static final Pattern ITEM = Pattern.compile("\\{\"id\":\"([^\"]+)\",\"seq\":(\\d+),\"direction\":\"(INBOUND|OUTBOUND)\"");
    static final Pattern CONVERSATION = Pattern.compile("\\{\"id\":\"([0-9a-f-]{36})\",\"customerId\":\"[0-9a-f-]{36}\""
            + "(?:,\"channelId\":\"[0-9a-f-]{36}\")?,\"customerPhone\":\"\\+(\\d+)\"");

    /**
     * Reads every conversation's history back through the REST API and checks it against what was sent and what
     * the stub got. A turn is what the application answers at once: it marks the turn's last message read, then
     * sends the reply, so the stub sees one read receipt per turn, naming that message.
     * Lost: a sent message missing from the history; a turn (read receipt) with no reply; a customer whose last
     * recorded message closes no turn or got no reply after its read receipt.
     * Duplicated: a message recorded twice; a turn marked read twice; more replies than turns; a reply at the stub
     * that the history does not hold (or the other way round).
     */
    int audit(String label) throws Exception {
        String token = login();
        Map<String, String> conversationByPhone = new HashMap<>();
        for (int page = 0; ; page++) {
            String body = call("GET", "/api/v1/conversations?size=100&page=" + page, token, null, 200);
            Matcher matcher = CONVERSATION.matcher(body);
            while (matcher.find()) {
                conversationByPhone.put(matcher.group(2), matcher.group(1));
            }
            if ((page + 1) * 100L >= total(body)) {
                break;
            }
        }
        int missing = 0;
        int recordedTwice = 0;
        int turnsUnanswered = 0;
        int lastUnanswered = 0;
        int turnsTwice = 0;
        int extraReplies = 0;
        int stubMismatch = 0;
        int reordered = 0;
        int gaps = 0;
        long turns = 0;
        long recordedReplies = 0;
        long stubReplies = 0;
        List<String> examples = new ArrayList<>();
        for (Customer customer : customers) {
            String conversation = conversationByPhone.get(customer.waId);
            List<String[]> history = new ArrayList<>(); // {id, direction}, oldest first as the API orders them
            Set<Long> positions = new HashSet<>();
            if (conversation != null) {
                for (int page = 0; ; page++) {
                    String body = call("GET", "/api/v1/conversations/" + conversation + "/messages?size=100&page=" + page,
                            token, null, 200);
                    Matcher matcher = ITEM.matcher(body);
                    List<String[]> newestFirst = new ArrayList<>();
                    while (matcher.find()) {
                        positions.add(Long.parseLong(matcher.group(2)));
                        newestFirst.add(new String[] {matcher.group(1), matcher.group(3)});
                    }
                    history.addAll(0, newestFirst.reversed());
                    long total = total(body);
                    if ((page + 1) * 100L >= total) {
                        // positions the conversation counts but its history does not hold
                        for (long seq = 1; seq <= total; seq++) {
                            if (!positions.contains(seq)) {
                                gaps++;
                                example(examples, customer, "position " + seq + " of " + total + " is missing from the history");
                            }
                        }
                        break;
                    }
                }
            }
            List<String> sent;
            List<String> events;
            synchronized (customer) {
                sent = new ArrayList<>(customer.sent);
                events = new ArrayList<>(customer.events);
            }
            // the history
            Set<String> inbound = new HashSet<>();
            List<String> inboundOrder = new ArrayList<>();
            List<String> outbound = new ArrayList<>();
            String lastInbound = null;
            for (String[] item : history) {
                if ("INBOUND".equals(item[1])) {
                    if (!inbound.add(item[0])) {
                        recordedTwice++;
                        example(examples, customer, item[0] + " recorded twice");
                    }
                    inboundOrder.add(item[0]);
                    lastInbound = item[0];
                } else {
                    outbound.add(item[0]);
                }
            }
            recordedReplies += outbound.size();
            for (String id : sent) {
                if (!inbound.contains(id)) {
                    missing++;
                    example(examples, customer, id + " was acknowledged but is not in the history");
                }
            }
            // what the stub saw
            List<String> receipts = events.stream().filter(e -> e.startsWith("R:")).map(e -> e.substring(2)).toList();
            List<String> replies = events.stream().filter(e -> e.startsWith("O:")).map(e -> e.substring(2)).toList();
            Set<String> distinctTurns = new HashSet<>(receipts);
            turns += distinctTurns.size();
            stubReplies += replies.size();
            turnsTwice += receipts.size() - distinctTurns.size();
            if (replies.size() > distinctTurns.size()) {
                extraReplies += replies.size() - distinctTurns.size();
                example(examples, customer, replies.size() + " replies for " + distinctTurns.size() + " turns");
            } else if (replies.size() < distinctTurns.size()) {
                turnsUnanswered += distinctTurns.size() - replies.size();
                example(examples, customer, distinctTurns.size() + " turns but " + replies.size() + " replies");
            }
            if (lastInbound != null) {
                int receipt = events.lastIndexOf("R:" + lastInbound);
                boolean answered = receipt >= 0 && events.subList(receipt, events.size()).stream().anyMatch(e -> e.startsWith("O:"));
                if (!answered) {
                    lastUnanswered++;
                    example(examples, customer, "last message " + lastInbound + (receipt < 0 ? " closes no turn" : " got no reply"));
                }
            }
            if (outbound.size() != replies.size() || !new HashSet<>(outbound).equals(new HashSet<>(replies))) {
                stubMismatch++;
                example(examples, customer, "the stub got " + replies.size() + " replies, the history holds " + outbound.size());
            }
            Set<String> sentSet = new HashSet<>(sent);
            if (!sent.stream().filter(inbound::contains).toList().equals(inboundOrder.stream().filter(sentSet::contains).toList())) {
                reordered++;
            }
        }
        System.out.printf("  %s: %,d conversations; %,d turns (read receipts), %,d replies at the stub, %,d in the history%n",
                label, conversationByPhone.size(), turns, stubReplies, recordedReplies);
        System.out.printf("    lost: %d acknowledged messages not recorded, %d turns without a reply,"
                + " %d customers whose last message got no reply%n", missing, turnsUnanswered, lastUnanswered);
        if (gaps > 0) {
            System.out.printf("    history: %d positions counted by a conversation but missing from its history%n", gaps);
        }
        System.out.printf("    duplicated: %d messages recorded twice, %d turns marked read twice, %d replies beyond one"
                + " per turn, %d customers whose stub replies differ from the history, %d replies to unknown numbers%n",
                recordedTwice, turnsTwice, extraReplies, stubMismatch, unknownRecipients.get());
        if (reordered > 0) {
            System.out.printf("    note: %d customers have a history in another order than they sent their messages%n", reordered);
        }
        examples.forEach(example -> System.out.println("    e.g. " + example));
        return missing + gaps + turnsUnanswered + lastUnanswered + recordedTwice + turnsTwice + extraReplies + stubMismatch
                + (int) unknownRecipients.get();
    }

    static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)\\}\\s*$");

    static long total(String page) {
        Matcher matcher = TOTAL.matcher(page);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }

    static void example(List<String> examples, Customer customer, String what) {
        if (examples.size() < 5) {
            examples.add(customer.waId + ": " + what);
        }
    }

    // ---------------------------------------------------------------- CPU and memory

    Sampler.Mark mark() {
        return sampler == null ? null : sampler.mark();
    }

    void printUsage(String label, Sampler.Mark from, Sampler.Mark to) {
        if (from == null || to == null) {
            return;
        }
        double seconds = (to.nanos - from.nanos) / 1e9;
        double hz = clockTicks;
        double jvm = 100 * (to.jvmTicks - from.jvmTicks) / hz / seconds;
        double tree = 100 * (to.treeTicks - from.treeTicks) / hz / seconds;
        double generator = 100 * (to.selfTicks - from.selfTicks) / hz / seconds;
        int cores = Runtime.getRuntime().availableProcessors();
        double machine = 100.0 * cores * (to.busy - from.busy) / Math.max(1, to.total - from.total);
        double interrupts = 100.0 * cores * (to.interrupts - from.interrupts) / Math.max(1, to.total - from.total);
        System.out.printf(Locale.ROOT, "%s (%.1f s): CPU (100%% = one core of %d) app JVM %.0f%% + PostgreSQL and Redis"
                        + " %.0f%% = %.0f%%, load generator %.0f%%, kernel interrupts %.0f%%, other processes %.0f%%,"
                        + " machine %.0f%%; RSS app JVM peak %,d MiB, app + PostgreSQL + Redis (PSS) peak %,d MiB%n",
                label, seconds, cores, jvm, tree - jvm, tree, generator, interrupts,
                Math.max(0, machine - tree - generator - interrupts), machine,
                sampler.peakJvmRss(from.nanos, to.nanos) / 1024, sampler.peakTreePss(from.nanos, to.nanos) / 1024);
    }

    /** Samples /proc twice a second: CPU ticks of the JVM, of its child processes and of this program; RSS and PSS. */
    static final class Sampler {

        record Mark(long nanos, long jvmTicks, long treeTicks, long selfTicks, long busy, long total, long interrupts) {
        }

        record Sample(long nanos, long jvmRssKb, long treePssKb) {
        }

        final long pid;
        final List<Sample> samples = new ArrayList<>();
        final Map<Long, Long> childTicks = new HashMap<>();  // last seen ticks of each child process
        long childTicksDone;                                  // ticks of children seen and gone
        Thread thread;
        volatile boolean running = true;

        Sampler(long pid) {
            this.pid = pid;
        }

        void start() {
            thread = new Thread(() -> {
                while (running) {
                    try {
                        sample();
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        return;
                    } catch (RuntimeException e) {
                        // the application may be gone; the script reports that
                    }
                }
            }, "sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() {
            running = false;
            thread.interrupt();
        }

        synchronized void sample() {
            long rss = statusKb(pid, "VmRSS:");
            long pss = pssKb(pid);
            for (long child : descendants()) {
                pss += pssKb(child);
            }
            samples.add(new Sample(System.nanoTime(), rss, pss));
        }

        synchronized Mark mark() {
            long now = System.nanoTime();
            long[] cpu = machine();
            return new Mark(now, ticks(pid), ticks(pid) + childTicks(), ticks(ProcessHandle.current().pid()), cpu[0], cpu[1],
                    cpu[2]);
        }

        long childTicks() {
            Set<Long> alive = new HashSet<>(descendants());
            long total = 0;
            for (long child : alive) {
                long ticks = ticks(child);
                childTicks.put(child, ticks);
                total += ticks;
            }
            for (var it = childTicks.entrySet().iterator(); it.hasNext(); ) {
                var entry = it.next();
                if (!alive.contains(entry.getKey())) {
                    childTicksDone += entry.getValue();
                    it.remove();
                }
            }
            return total + childTicksDone;
        }

        synchronized long peakJvmRss(long from, long to) {
            return samples.stream().filter(s -> s.nanos >= from && s.nanos <= to).mapToLong(Sample::jvmRssKb).max().orElse(0);
        }

        synchronized long peakTreePss(long from, long to) {
            return samples.stream().filter(s -> s.nanos >= from && s.nanos <= to).mapToLong(Sample::treePssKb).max().orElse(0);
        }

        /**
         * The application's child processes (Redis), and the servers it started that left its process tree
         * (PostgreSQL daemonizes), found by {@code --servers}, with their children.
         */
        List<Long> descendants() {
            Map<Long, List<Long>> children = new HashMap<>();
            List<Long> todo = new ArrayList<>();
            long self = ProcessHandle.current().pid();
            try (var dirs = Files.list(Path.of("/proc"))) {
                dirs.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit)).forEach(n -> {
                    long process = Long.parseLong(n);
                    String[] stat = stat(process);
                    if (stat != null) {
                        children.computeIfAbsent(Long.parseLong(stat[1]), k -> new ArrayList<>()).add(process);
                        if (serverMark != null && process != pid && process != self && commandLine(process).contains(serverMark)) {
                            todo.add(process);
                        }
                    }
                });
            } catch (IOException e) {
                return List.of();
            }
            List<Long> found = new ArrayList<>();
            todo.addAll(children.getOrDefault(pid, List.of()));
            while (!todo.isEmpty()) {
                long next = todo.remove(todo.size() - 1);
                if (!found.contains(next)) {
                    found.add(next);
                    todo.addAll(children.getOrDefault(next, List.of()));
                }
            }
            return found;
        }

        static String commandLine(long pid) {
            try {
                return new String(Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline")), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        }

        /** The fields of /proc/{pid}/stat after the command name: [0] state, [1] ppid, [11] utime, [12] stime. */
        static String[] stat(long pid) {
            try {
                String line = Files.readString(Path.of("/proc/" + pid + "/stat"));
                return line.substring(line.lastIndexOf(')') + 2).split(" ");
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        static long ticks(long pid) {
            String[] stat = stat(pid);
            return stat == null ? 0 : Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
        }

        static long statusKb(long pid, String key) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                    if (line.startsWith(key)) {
                        return Long.parseLong(line.substring(key.length()).trim().split("\\s+")[0]);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // gone
            }
            return 0;
        }

        static long pssKb(long pid) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/smaps_rollup"))) {
                    if (line.startsWith("Pss:")) {
                        return Long.parseLong(line.substring(4).trim().split("\\s+")[0]);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // gone, or not readable
            }
            return statusKb(pid, "VmRSS:");
        }

        /** {busy, total, irq + softirq} jiffies of the whole machine. */
        static long[] machine() {
            try {
                String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long total = 0;
                for (int i = 1; i < cpu.length && i <= 8; i++) {
                    total += Long.parseLong(cpu[i]);
                }
                long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
                return new long[] {total - idle, total, Long.parseLong(cpu[6]) + Long.parseLong(cpu[7])};
            } catch (IOException | RuntimeException e) {
                return new long[] {0, 0, 0};
            }
        }
    }

    // ---------------------------------------------------------------- small helpers

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** A growable list of longs that many threads add to. */
    /**
     * Chat completions in OpenAI's wire format, each answered after a fixed delay on a virtual
     * thread of its own, so thousands can wait at once: the model's latency without its cost.
     */
    static final class ModelStub {
        final HttpServer server;
        final AtomicLong calls = new AtomicLong();
        final AtomicInteger open = new AtomicInteger();
        final AtomicInteger peak = new AtomicInteger();

        ModelStub(int port, long delayMillis) throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 4096);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                int now = open.incrementAndGet();
                peak.accumulateAndGet(now, Math::max);
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    open.decrementAndGet();
                }
                long n = calls.incrementAndGet();
                byte[] bytes = ("{\"id\":\"chatcmpl-bench" + n + "\",\"object\":\"chat.completion\",\"created\":"
                        + System.currentTimeMillis() / 1000 + ",\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,"
                        + "\"message\":{\"role\":\"assistant\",\"content\":\"Claro, te cuento: el programa dura 12 semanas."
                        + " ¿Quieres que te envíe el enlace de pago?\",\"refusal\":null},\"logprobs\":null,"
                        + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":420,\"completion_tokens\":24,"
                        + "\"total_tokens\":444}}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
        }

        void stop() {
            server.stop(0);
        }
    }

    static final class LongList {
        private long[] values = new long[1024];
        private int size;

        synchronized void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        synchronized int size() {
            return size;
        }

        synchronized long[] toArray() {
            return Arrays.copyOf(values, size);
        }

        synchronized double mean() {
            return size == 0 ? 0 : Arrays.stream(values, 0, size).average().orElse(0);
        }

        /** Nearest-rank percentile; 100 is the maximum. */
        long percentile(double p) {
            long[] sorted = toArray();
            if (sorted.length == 0) {
                return 0;
            }
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(p / 100 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }
    }
}
