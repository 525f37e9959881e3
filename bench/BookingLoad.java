import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for the bookings module (bench/bookings.sh runs it). JDK only, run with the
 * source launcher:
 *
 * <pre>java bench/BookingLoad.java --app http://127.0.0.1:8080 [options]</pre>
 *
 * Signs an owner up (the company on its trial, which has every feature: the free plan includes 15 resources and
 * 200 bookings a month), creates {@code --resources} futsal courts with hourly slots from 08:00 to
 * 22:00 every day in Asia/Jakarta and a peak-hour pricing rule, then:
 * <ol>
 *   <li>Seeding: {@code --bookings} CONFIRMED bookings through POST /api/v1/bookings from
 *       {@code --concurrency} senders, every slot of every court from tomorrow on until they are all
 *       placed (14 a day), for {@code --customers} customers by phone. No two senders want the same
 *       slot, so this is booking creation without contention: bookings/s and per-request latency.</li>
 *   <li>Availability: GET /api/v1/availability for one court on one day (a random court, a random
 *       seeded day), then for every court of the type on one day, {@code --requests} each from
 *       {@code --readers} concurrent readers after {@code --warmup} requests: p50/p95/p99/max
 *       against the target p95 &lt; 50 ms.</li>
 *   <li>Contention: {@code --contended-slots} free slots after the seeded days, one after another,
 *       each wanted by {@code --contenders} requests released at once (different customers). Exactly
 *       one may get 201, the others 409 with alternatives; GET /api/v1/bookings then has to list
 *       exactly one booking in each slot.</li>
 * </ol>
 * Exits 1 when a contended slot got more or fewer than one booking (or an answer other than 201 or
 * 409), 2 on a setup failure or an incomplete seeding.
 */
public class BookingLoad {

    static final double TARGET_P95_MS = 50;
    static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    static final int OPENS = 8;
    static final int SLOTS_A_DAY = 14; // 08:00 to 22:00, an hour each
    static final int MAX_DAYS_AHEAD = 730;
    static final String TYPE = "futsal";

    static String app;
    static int resourceCount = 50;
    static int bookings = 100_000;
    static int customers = 10_000;
    static int concurrency = 16;
    static int requests = 2_000;
    static int readers = 4;
    static int warmup = 200;
    static int contendedSlots = 20;
    static int contenders = 50;

    // HTTP/1.1: the client would otherwise ask every plain-text GET to upgrade to h2c.
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    final String email = "bookings-" + UUID.randomUUID() + "@example.com";
    final String password = "bench-password-" + UUID.randomUUID();
    final List<String> resourceIds = new ArrayList<>();
    String token;
    long tokenTakenAt;
    LocalDate tomorrow;

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--app" -> app = value.replaceAll("/$", "");
                case "--resources" -> resourceCount = Integer.parseInt(value);
                case "--bookings" -> bookings = Integer.parseInt(value);
                case "--customers" -> customers = Integer.parseInt(value);
                case "--concurrency" -> concurrency = Integer.parseInt(value);
                case "--requests" -> requests = Integer.parseInt(value);
                case "--readers" -> readers = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--contended-slots" -> contendedSlots = Integer.parseInt(value);
                case "--contenders" -> contenders = Integer.parseInt(value);
                default -> usage("unknown option " + args[i]);
            }
        }
        if (app == null) {
            usage("--app is required");
        }
        if (resourceCount < 1 || bookings < 1 || customers < 1 || concurrency < 1 || requests < 1 || readers < 1
                || contendedSlots < 1 || contenders < 2) {
            usage("the counts must be positive (--contenders at least 2)");
        }
        // The contended slots come after the seeded days, and all must be within maxDaysAhead.
        if (seededDays() + (contendedSlots + SLOTS_A_DAY - 1) / SLOTS_A_DAY > MAX_DAYS_AHEAD) {
            usage("--bookings / --resources needs more than " + MAX_DAYS_AHEAD + " days of slots");
        }
        int status;
        try {
            status = new BookingLoad().run();
        } catch (SetupFailure e) {
            System.out.println("SETUP FAILED: " + e.getMessage());
            status = 2;
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof SetupFailure failure)) {
                throw e;
            }
            System.out.println("SETUP FAILED: " + failure.getMessage());
            status = 2;
        }
        System.exit(status);
    }

    static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: java bench/BookingLoad.java --app URL [--resources 50] [--bookings 100000] [--customers 10000]"
                + " [--concurrency 16] [--requests 2000] [--readers 4] [--warmup 200] [--contended-slots 20] [--contenders 50]");
        System.exit(2);
    }

    /** Days from tomorrow on that hold seeded bookings; the last one may be partly booked. */
    static int seededDays() {
        int perResource = (bookings + resourceCount - 1) / resourceCount;
        return (perResource + SLOTS_A_DAY - 1) / SLOTS_A_DAY;
    }

    int run() throws Exception {
        setUp();
        boolean seeded = seed();
        double[] single = availability("one court, one day", () -> "resourceId=" + resourceIds.get(random(resourceCount)));
        double[] byType = availability("every court of the type (" + resourceCount + "), one day", () -> "type=" + TYPE);
        Contention contention = contention();

        System.out.println();
        boolean singleMet = single[1] < TARGET_P95_MS && single[5] == 0;
        boolean byTypeMet = byType[1] < TARGET_P95_MS && byType[5] == 0;
        boolean met = singleMet && byTypeMet;
        System.out.println("availability target (p95 < " + (int) TARGET_P95_MS + " ms, all 200): one court "
                + (singleMet ? "met" : "NOT met") + ", by type " + (byTypeMet ? "met" : "NOT met"));
        System.out.println();
        System.out.println("markdown row (date | resources / bookings | seeding bookings/s | availability one court p50 / p95 / p99 ms"
                + " | by type p50 / p95 / p99 ms | contention slots x requests, 201 / 409 | contended request p50 / p95 / p99 ms):");
        System.out.printf("| %s | %,d / %,d | %,.0f | %.0f / %.0f / %.0f | %.0f / %.0f / %.0f | %d x %d, %d / %d | %.0f / %.0f / %.0f |%n",
                LocalDate.now(), resourceCount, bookings, seedRate, single[0], single[1], single[2], byType[0], byType[1],
                byType[2], contendedSlots, contenders, contention.created, contention.conflicts, contention.p50, contention.p95,
                contention.p99);
        System.out.println();
        if (!contention.ok) {
            System.out.println("RESULT FAILED: a contended slot did not end with exactly one booking, or a contender got"
                    + " an answer other than 201 or 409 (see above)");
            return 1;
        }
        if (!seeded) {
            System.out.println("RESULT INCOMPLETE: the seeding did not place every booking (see above)");
            return 2;
        }
        System.out.println("RESULT ok: every contended slot has exactly one booking; availability target "
                + (met ? "met" : "NOT met"));
        return 0;
    }

    // ---------------------------------------------------------------- set-up

    void setUp() throws Exception {
        String session = expect(send("POST", "/api/v1/auth/signup", null, """
                {"email":"%s","password":"%s","name":"Bench Owner","companyName":"Bench Futsal"}"""
                .formatted(email, password)), 201);
        token = field(session, "accessToken");
        tokenTakenAt = System.nanoTime();
        // A new company's trial has every feature: the free plan alone includes 15 resources and 200 bookings a month.
        if (!field(expect(send("GET", "/api/v1/company", token(), null), 200), "trialEndsAt").startsWith("20")) {
            throw new SetupFailure("the company is not on a trial (lyrox.plans.trial-length)");
        }

        StringBuilder hours = new StringBuilder("[");
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            hours.append(hours.length() > 1 ? "," : "").append("""
                    {"dayOfWeek":"%s","opens":"08:00","closes":"22:00"}""".formatted(day));
        }
        hours.append(']');
        long started = System.nanoTime();
        for (int r = 0; r < resourceCount; r++) {
            // minNoticeMinutes 0 and maxDaysAhead 730: every slot from tomorrow on, far enough for 100,000 bookings.
            String resource = expect(send("POST", "/api/v1/resources", token(), """
                    {"name":"Lapangan %d","type":"%s","capacity":1,"slotMinutes":60,"bufferMinutes":0,"minNoticeMinutes":0,\
                    "maxDaysAhead":%d,"price":"150000.00","currency":"IDR","timezone":"%s","active":true}"""
                    .formatted(r + 1, TYPE, MAX_DAYS_AHEAD, ZONE.getId())), 201);
            String id = field(resource, "id");
            resourceIds.add(id);
            expect(send("PUT", "/api/v1/resources/" + id + "/hours", token(), hours.toString()), 200);
        }
        expect(send("POST", "/api/v1/pricing-rules", token(), """
                {"name":"Peak hours","days":["SATURDAY","SUNDAY"],"from":"18:00","to":"22:00","multiplier":"1.5"}"""), 201);
        System.out.printf("owner signed up (%s, on its trial, every feature); %d courts of type %s, 08:00-22:00 every day in %s,"
                + " and a peak-hour rule (Sat/Sun 18-22 x1.5) in %.1f s%n", email, resourceCount, TYPE, ZONE,
                (System.nanoTime() - started) / 1e9);

        // The slots this program computes are the ones the application offers: tomorrow's of the first court.
        tomorrow = LocalDate.now(ZONE).plusDays(1);
        String slots = expect(send("GET", "/api/v1/availability?resourceId=" + resourceIds.get(0) + "&date=" + tomorrow,
                token(), null), 200);
        List<String> starts = new ArrayList<>();
        Matcher start = Pattern.compile("\"start\"\\s*:\\s*\"([^\"]+)\"").matcher(slots);
        while (start.find()) {
            starts.add(Instant.parse(start.group(1)).toString());
        }
        List<String> expected = new ArrayList<>();
        for (int h = 0; h < SLOTS_A_DAY; h++) {
            expected.add(slotStart(0, h).toString());
        }
        if (!starts.equals(expected)) {
            throw new SetupFailure("tomorrow's slots are " + starts + ", expected " + expected);
        }
        System.out.printf("tomorrow (%s) offers the %d expected slots, %s to %s%n", tomorrow, SLOTS_A_DAY,
                expected.getFirst(), expected.getLast());
    }

    /** The start of slot {@code hour} (0 = 08:00) on day {@code day} (0 = tomorrow), in the courts' zone. */
    Instant slotStart(int day, int hour) {
        return tomorrow.plusDays(day).atTime(OPENS + hour, 0).atZone(ZONE).toInstant();
    }

    static String phone(int customer) {
        return "+62811" + String.format("%08d", customer); // E.164: 13 digits
    }

    // ---------------------------------------------------------------- seeding

    double seedRate;

    /**
     * Booking i takes court i % resources, its (i / resources)-th slot from tomorrow on: the courts fill
     * up side by side, day after day. Customer i % customers: one phone is never booked for by two
     * senders at the same moment while the customers are being created.
     */
    boolean seed() throws Exception {
        System.out.printf("%nseeding %,d CONFIRMED bookings (%,d a court, %d days from %s), %,d customers, %d concurrent senders:%n",
                bookings, (bookings + resourceCount - 1) / resourceCount, seededDays(), tomorrow, Math.min(customers, bookings),
                concurrency);
        AtomicInteger next = new AtomicInteger();
        LongList latencies = new LongList();
        Map<Integer, AtomicInteger> failures = new ConcurrentHashMap<>();
        Map<Integer, String> firstFailure = new ConcurrentHashMap<>();
        long started = System.nanoTime();
        Thread progress = Thread.ofPlatform().daemon().start(() -> {
            long lastCount = 0;
            long lastAt = started;
            while (true) {
                try {
                    Thread.sleep(30_000);
                } catch (InterruptedException e) {
                    return;
                }
                long count = latencies.size();
                long now = System.nanoTime();
                System.out.printf("    ... %,d of %,d after %.0f s (%,.0f/s in the last 30 s)%n", count, bookings,
                        (now - started) / 1e9, (count - lastCount) / ((now - lastAt) / 1e9));
                lastCount = count;
                lastAt = now;
            }
        });
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < concurrency; t++) {
                done.add(senders.submit(() -> {
                    for (int i = next.getAndIncrement(); i < bookings; i = next.getAndIncrement()) {
                        int slot = i / resourceCount;
                        int customer = i % customers;
                        String body = """
                                {"resourceId":"%s","start":"%s","customerPhone":"%s","customerName":"Pelanggan %d"}"""
                                .formatted(resourceIds.get(i % resourceCount), slotStart(slot / SLOTS_A_DAY, slot % SLOTS_A_DAY),
                                        phone(customer), customer + 1);
                        String bearer = token();
                        long sent = System.nanoTime();
                        HttpResponse<String> reply = send("POST", "/api/v1/bookings", bearer, body);
                        latencies.add(System.nanoTime() - sent);
                        if (reply.statusCode() != 201) {
                            failures.computeIfAbsent(reply.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                            firstFailure.putIfAbsent(reply.statusCode(), cut(reply.body()));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            progress.interrupt();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        int failed = failures.values().stream().mapToInt(AtomicInteger::get).sum();
        seedRate = (bookings - failed) / seconds;
        System.out.printf("  %,d booked in %.1f s: %,.0f bookings/s; per request p50 %.1f, p95 %.1f, p99 %.1f, max %.1f ms%n",
                bookings - failed, seconds, seedRate, ms(latencies.percentile(50)), ms(latencies.percentile(95)),
                ms(latencies.percentile(99)), ms(latencies.percentile(100)));
        if (failed > 0) {
            System.out.println("  not 201 (status=count): " + new TreeMap<>(failures) + ", first answers: " + new TreeMap<>(firstFailure));
        }
        String listed = expect(send("GET", "/api/v1/bookings?size=1&status=CONFIRMED", token(), null), 200);
        long total = Long.parseLong(field(listed, "total"));
        System.out.printf("  GET /api/v1/bookings lists %,d CONFIRMED bookings%n", total);
        return failed == 0 && total == bookings;
    }

    // ---------------------------------------------------------------- availability

    /**
     * Warm-up, then {@code requests} timed GETs from {@code readers} readers, each for a random seeded
     * day. Answers p50, p95, p99, max (ms), mean slots per answer and the answers other than 200.
     */
    double[] availability(String name, Supplier<String> query) throws Exception {
        int days = seededDays();
        Supplier<String> url = () -> "/api/v1/availability?" + query.get() + "&date=" + tomorrow.plusDays(random(days));
        for (int i = 0; i < warmup; i++) {
            send("GET", url.get(), token(), null);
        }
        LongList latencies = new LongList();
        AtomicLong slots = new AtomicLong();
        Map<Integer, AtomicInteger> failures = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < readers; t++) {
                done.add(pool.submit(() -> {
                    while (next.getAndIncrement() < requests) {
                        String path = url.get();
                        String bearer = token();
                        long sent = System.nanoTime();
                        HttpResponse<String> reply = send("GET", path, bearer, null);
                        latencies.add(System.nanoTime() - sent);
                        if (reply.statusCode() != 200) {
                            failures.computeIfAbsent(reply.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                        } else {
                            slots.addAndGet(count(reply.body(), "\"start\""));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        int failed = failures.values().stream().mapToInt(AtomicInteger::get).sum();
        // p50, p95, p99, max (ms), free slots an answer, answers other than 200
        double[] figures = {ms(latencies.percentile(50)), ms(latencies.percentile(95)), ms(latencies.percentile(99)),
                ms(latencies.percentile(100)), (double) slots.get() / Math.max(1, requests - failed), failed};
        System.out.printf("%navailability, %s: %,d requests from %d readers after %d warm-up (%,.0f/s), %.1f free slots an answer%n",
                name, requests, readers, warmup, requests / seconds, figures[4]);
        System.out.printf("  p50 %.1f, p95 %.1f, p99 %.1f, max %.1f ms; p95 < %d ms: %s%s%n", figures[0], figures[1], figures[2],
                figures[3], (int) TARGET_P95_MS, figures[1] < TARGET_P95_MS ? "yes" : "NO",
                failed == 0 ? "" : "  (not 200, status=count: " + new TreeMap<>(failures) + ")");
        return figures;
    }

    // ---------------------------------------------------------------- contention

    record Contention(boolean ok, int created, int conflicts, double p50, double p95, double p99) {
    }

    /**
     * Slot k: court k % resources, hour k % 14 of the (k / 14)-th day after the seeded ones. Its
     * contenders wait on a latch on their own virtual threads, so their requests leave together.
     */
    Contention contention() throws Exception {
        System.out.printf("%ncontention: %d free slots after the seeded days, one after another, %d requests for each at once"
                + " (different customers):%n", contendedSlots, contenders);
        LongList all = new LongList();
        LongList createdTimes = new LongList();
        LongList conflictTimes = new LongList();
        Map<Integer, AtomicInteger> others = new TreeMap<>();
        int created = 0;
        int conflicts = 0;
        int withoutAlternatives = 0;
        boolean ok = true;
        for (int k = 0; k < contendedSlots; k++) {
            String resourceId = resourceIds.get(k % resourceCount);
            Instant start = slotStart(seededDays() + k / SLOTS_A_DAY, k % SLOTS_A_DAY);
            CountDownLatch go = new CountDownLatch(1);
            String bearer = token();
            List<Future<HttpResponse<String>>> replies = new ArrayList<>();
            long[] times = new long[contenders];
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int j = 0; j < contenders; j++) {
                    int customer = (k * contenders + j) % customers;
                    int index = j;
                    String body = """
                            {"resourceId":"%s","start":"%s","customerPhone":"%s","customerName":"Pelanggan %d"}"""
                            .formatted(resourceId, start, phone(customer), customer + 1);
                    replies.add(pool.submit(() -> {
                        go.await();
                        long sent = System.nanoTime();
                        HttpResponse<String> reply = send("POST", "/api/v1/bookings", bearer, body);
                        times[index] = System.nanoTime() - sent;
                        return reply;
                    }));
                }
                Thread.sleep(50); // every contender waiting at the latch
                go.countDown();
            }
            int slotCreated = 0;
            String bookingId = null;
            Map<String, Integer> slotOthers = new TreeMap<>(); // answer (status, whole seconds, body) -> count
            for (int j = 0; j < contenders; j++) {
                HttpResponse<String> reply = replies.get(j).get();
                all.add(times[j]);
                switch (reply.statusCode()) {
                    case 201 -> {
                        slotCreated++;
                        bookingId = field(reply.body(), "id");
                        createdTimes.add(times[j]);
                    }
                    case 409 -> {
                        conflicts++;
                        conflictTimes.add(times[j]);
                        if (!reply.body().contains("\"alternatives\"")) {
                            withoutAlternatives++;
                        }
                    }
                    default -> {
                        others.computeIfAbsent(reply.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                        slotOthers.merge(reply.statusCode() + " after " + times[j] / 1_000_000_000L + " s: "
                                + cut(reply.body()), 1, Integer::sum);
                    }
                }
            }
            int court = k % resourceCount + 1;
            slotOthers.forEach((answer, count) -> System.out.printf("  slot %s of court %d: %d x answered %s%n", start, court,
                    count, answer));
            created += slotCreated;
            // What the database holds, not what the answers said: the bookings overlapping the slot.
            String listed = expect(send("GET", "/api/v1/bookings?resourceId=" + resourceId + "&from=" + encode(start)
                    + "&to=" + encode(start.plus(Duration.ofHours(1))) + "&size=100", token(), null), 200);
            long stored = Long.parseLong(field(listed, "total"));
            boolean same = bookingId != null && listed.contains("\"id\":\"" + bookingId + "\"");
            if (slotCreated != 1 || stored != 1 || !same) {
                ok = false;
                System.out.printf("  slot %s of court %d: %d answered 201, %d stored bookings%s%n", start, court,
                        slotCreated, stored, same ? "" : " (not the one answered 201)");
            }
        }
        boolean oneEach = ok;
        ok &= others.isEmpty();
        Contention result = new Contention(ok, created, conflicts, ms(all.percentile(50)), ms(all.percentile(95)),
                ms(all.percentile(99)));
        System.out.printf("  %d slots x %d requests: %d answered 201, %d answered 409%s%s%n", contendedSlots, contenders, created,
                conflicts, withoutAlternatives == 0 ? " (all with alternatives)" : " (" + withoutAlternatives + " without alternatives)",
                others.isEmpty() ? "" : ", others (status=count): " + others);
        System.out.printf("  per request: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f ms; 201s p50 %.1f ms, 409s p50 %.1f, p95 %.1f ms%n",
                result.p50(), result.p95(), result.p99(), ms(all.percentile(100)), ms(createdTimes.percentile(50)),
                ms(conflictTimes.percentile(50)), ms(conflictTimes.percentile(95)));
        System.out.println("  stored (GET /api/v1/bookings per slot): " + (oneEach ? "exactly one booking in each slot, the one answered 201"
                : "NOT one booking in each slot"));
        return result;
    }

    // ---------------------------------------------------------------- HTTP

    /** The owner's access token, taken again before it expires (they live 15 minutes). */
    synchronized String token() throws Exception {
        if (System.nanoTime() - tokenTakenAt > Duration.ofMinutes(10).toNanos()) {
            token = field(expect(send("POST", "/api/v1/auth/login", null, """
                    {"email":"%s","password":"%s"}""".formatted(email, password)), 200), "accessToken");
            tokenTakenAt = System.nanoTime();
        }
        return token;
    }

    static HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app + path)).timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String expect(HttpResponse<String> reply, int status) {
        if (reply.statusCode() != status) {
            throw new SetupFailure(reply.request().method() + " " + reply.request().uri().getPath() + " answered "
                    + reply.statusCode() + ", not " + status + ": " + cut(reply.body()));
        }
        return reply.body();
    }

    /** The first string or number value of {@code name} in a JSON text. */
    static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*(?:\"([^\"]*)\"|(-?[0-9]+))").matcher(json);
        if (!value.find()) {
            throw new SetupFailure("no " + name + " in " + cut(json));
        }
        return value.group(1) != null ? value.group(1) : value.group(2);
    }

    static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    static String encode(Instant instant) {
        return URLEncoder.encode(instant.toString(), StandardCharsets.UTF_8);
    }

    static String cut(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    static int random(int bound) {
        return ThreadLocalRandom.current().nextInt(bound);
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static final class SetupFailure extends RuntimeException {
        SetupFailure(String message) {
            super(message);
        }
    }

    /** A growable list of longs that many threads add to. */
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

        /** Nearest-rank percentile; 100 is the maximum. */
        synchronized long percentile(double p) {
            if (size == 0) {
                return 0;
            }
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(p / 100 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }
    }
}
