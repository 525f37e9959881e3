import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The analytics endpoints at a busy company's volume (bench/analytics.sh): an owner signs up, creates
 * 20 products and CUSTOMERS customers, and SALES sales through the API, SALES * PAID_SHARE of them
 * paid, from CONCURRENCY senders; with --jdbc, a year of waits for a reply, conversations closed and
 * handoffs written straight into their tables ({@link #seedTimings}); then each of GET
 * /api/v1/analytics/{funnel,revenue,payment-links,conversations,response-times,handoffs} is asked REQUESTS times (after WARMUP), half for the last 30 days and half for the
 * last 366, from READERS threads: p50/p95/p99/max against the target p95 < 200 ms. The run fails
 * (exit 1) when a figure disagrees with the seeding (customers contacted, sales sent and paid).
 */
public class AnalyticsLoad {

    static final double TARGET_P95_MS = 200;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    static final List<String> ENDPOINTS = List.of("funnel", "revenue", "payment-links", "conversations", "response-times",
            "handoffs");

    static String app;
    static int customers = 100_000;
    static int sales = 50_000;
    static double paidShare = 0.6;
    static int concurrency = 16;
    static int requests = 400;
    static int readers = 4;
    static int warmup = 40;
    static String jdbc;
    static int waits = 500_000;
    static int handoffs = 20_000;

    final String email = "analytics-" + UUID.randomUUID() + "@example.com";
    String token;
    long tokenTakenAt;

    public static void main(String[] args) throws Exception {
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--app" -> app = args[i + 1].replaceAll("/$", "");
                case "--customers" -> customers = Integer.parseInt(args[i + 1]);
                case "--sales" -> sales = Integer.parseInt(args[i + 1]);
                case "--paid-share" -> paidShare = Double.parseDouble(args[i + 1]);
                case "--concurrency" -> concurrency = Integer.parseInt(args[i + 1]);
                case "--requests" -> requests = Integer.parseInt(args[i + 1]);
                case "--readers" -> readers = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                case "--jdbc" -> jdbc = args[i + 1];
                case "--waits" -> waits = Integer.parseInt(args[i + 1]);
                case "--handoffs" -> handoffs = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (app == null || customers < 1 || sales < 0 || concurrency < 1 || requests < 2 || readers < 1) {
            throw new IllegalArgumentException("--app is required and the counts must be positive");
        }
        System.exit(new AnalyticsLoad().run());
    }

    int run() throws Exception {
        String session = expect(send("POST", "/api/v1/auth/signup", null, """
                {"email":"%s","password":"bench-password-123","name":"Bench","companyName":"Busy Company"}""".formatted(email)), 201);
        token = field(session, "accessToken");
        tokenTakenAt = System.nanoTime();
        List<String> products = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            products.add(field(expect(send("POST", "/api/v1/products", token, """
                    {"name":"Product %d","price":"%d.00","currency":"USD"}""".formatted(i, 10 + i * 5)), 201), "id"));
        }
        long started = System.nanoTime();
        List<String> customerIds = seed(customers, i -> field(expect(send("POST", "/api/v1/customers", token(), """
                {"phone":"+549116%07d","name":"Customer %d"}""".formatted(i, i)), 201), "id"));
        System.out.printf("seeded %d customers in %.0f s (%.0f/s)%n", customers, seconds(started), customers / seconds(started));
        int paid = (int) Math.round(sales * paidShare);
        started = System.nanoTime();
        seed(sales, i -> {
            String sale = field(expect(send("POST", "/api/v1/sales", token(), """
                    {"customerId":"%s","productId":"%s"}""".formatted(customerIds.get(i % customerIds.size()),
                    products.get(i % products.size()))), 201), "id");
            if (i < paid) {
                expect(send("POST", "/api/v1/sales/" + sale + "/complete", token(), "{}"), 200);
            }
            return sale;
        });
        System.out.printf("seeded %d sales (%d paid) in %.0f s (%.0f/s)%n", sales, paid, seconds(started), sales / seconds(started));

        if (jdbc != null) {
            started = System.nanoTime();
            seedTimings(field(expect(send("GET", "/api/v1/company", token(), null), 200), "id"));
            System.out.printf("seeded %d waits for a reply, %d conversations closed and %d handoffs over the last year in %.0f s%n",
                    waits, waits / 10, handoffs, seconds(started));
        }

        int status = 0;
        String funnel = expect(send("GET", "/api/v1/analytics/funnel", token(), null), 200);
        String links = expect(send("GET", "/api/v1/analytics/payment-links", token(), null), 200);
        if (Long.parseLong(field(funnel, "contacted")) != customers || Long.parseLong(field(links, "sent")) != sales
                || Long.parseLong(field(links, "paid")) != paid) {
            System.out.println("FIGURES WRONG: funnel " + cut(funnel) + " links " + cut(links));
            status = 1;
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        System.out.printf("%-15s %8s %8s %8s %8s %8s%n", "endpoint", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms");
        for (String endpoint : ENDPOINTS) {
            for (int i = 0; i < warmup; i++) {
                expect(send("GET", path(endpoint, today, i), token(), null), 200);
            }
            long[] times = new long[requests];
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(readers);
            long begun = System.nanoTime();
            List<Future<?>> work = new ArrayList<>();
            for (int r = 0; r < readers; r++) {
                work.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        long at = System.nanoTime();
                        expect(send("GET", path(endpoint, today, i), token(), null), 200);
                        times[i] = System.nanoTime() - at;
                    }
                    return null;
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
            pool.shutdown();
            double elapsed = seconds(begun);
            Arrays.sort(times);
            double p95 = ms(times[(int) Math.ceil(0.95 * times.length) - 1]);
            System.out.printf("%-15s %8.0f %8.1f %8.1f %8.1f %8.1f %s%n", endpoint, requests / elapsed,
                    ms(times[(int) Math.ceil(0.50 * times.length) - 1]), p95, ms(times[(int) Math.ceil(0.99 * times.length) - 1]),
                    ms(times[times.length - 1]), p95 < TARGET_P95_MS ? "ok" : "OVER " + TARGET_P95_MS + " ms");
        }
        return status;
    }

    /**
     * What the message path writes about a year of a busy company's conversations, written straight
     * into its tables (the message path would take days): WAITS waits for a reply (the replies of about
     * twice as many messages), one conversation closed per ten, HANDOFFS handoffs, spread over the last
     * 365 days. Written as the application's own role under the company's tenant, as the application does.
     */
    void seedTimings(String companyId) throws Exception {
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(jdbc, "lyrox", "lyrox");
             java.sql.Statement sql = db.createStatement()) {
            sql.execute("SET app.company_id = '" + UUID.fromString(companyId) + "'");
            sql.execute("""
                    INSERT INTO conversation_timings (company_id, conversation_id, kind, at, first, answered_by, seconds)
                    SELECT '%1$s', md5('c' || (n %% 200000))::uuid, 'RESPONSE', now() - random() * interval '365 days',
                           n %% 5 = 0, CASE WHEN n %% 8 = 0 THEN 'HUMAN' ELSE 'AI' END,
                           CASE WHEN n %% 8 = 0 THEN random() * 7200 ELSE 2 + random() * 20 END
                      FROM generate_series(1, %2$d) n
                    ON CONFLICT DO NOTHING""".formatted(companyId, waits));
            sql.execute("""
                    INSERT INTO conversation_timings (company_id, conversation_id, kind, at, seconds)
                    SELECT '%1$s', md5('c' || n)::uuid, 'RESOLUTION', now() - random() * interval '365 days', random() * 604800
                      FROM generate_series(1, %2$d) n
                    ON CONFLICT DO NOTHING""".formatted(companyId, waits / 10));
            sql.execute("""
                    INSERT INTO conversation_handoffs (company_id, conversation_id, at, reason, detail)
                    SELECT '%1$s', md5('c' || n)::uuid, now() - random() * interval '365 days',
                           (ARRAY['CUSTOMER_ASKED','COMPLAINT','SENSITIVE','BOOKING','UNSURE','TAKEN_OVER'])[1 + n %% 6], 'reason ' || n
                      FROM generate_series(1, %2$d) n
                    ON CONFLICT DO NOTHING""".formatted(companyId, handoffs));
            // What autovacuum reaches on its own a minute later: the counts were updated once per wait in one transaction.
            sql.execute("VACUUM ANALYZE conversation_timings");
            sql.execute("VACUUM ANALYZE conversation_timing_days");
            sql.execute("VACUUM ANALYZE conversation_handoffs");
        }
    }

    /** The owner's access token, taken again before it expires (they live 15 minutes). */
    synchronized String token() throws Exception {
        if (System.nanoTime() - tokenTakenAt > Duration.ofMinutes(10).toNanos()) {
            token = field(expect(send("POST", "/api/v1/auth/login", null, """
                    {"email":"%s","password":"bench-password-123"}""".formatted(email)), 200), "accessToken");
            tokenTakenAt = System.nanoTime();
        }
        return token;
    }

    /** Half the requests ask for the last 30 days, half for the last 366. */
    static String path(String endpoint, LocalDate today, int i) {
        LocalDate from = today.minusDays(i % 2 == 0 ? 29 : 365);
        return "/api/v1/analytics/" + endpoint + "?from=" + from + "&to=" + today;
    }

    interface Seeder {
        String make(int index) throws Exception;
    }

    List<String> seed(int count, Seeder seeder) throws Exception {
        String[] made = new String[count];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            work.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    made[i] = seeder.make(i);
                }
                return null;
            }));
        }
        for (Future<?> done : work) {
            done.get();
        }
        pool.shutdown();
        return Arrays.asList(made);
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
            throw new IllegalStateException(reply.request().method() + " " + reply.request().uri().getPath() + " answered "
                    + reply.statusCode() + ", not " + status + ": " + cut(reply.body()));
        }
        return reply.body();
    }

    static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*(?:\"([^\"]*)\"|(-?[0-9]+))").matcher(json);
        if (!value.find()) {
            throw new IllegalStateException("no " + name + " in " + cut(json));
        }
        return value.group(1) != null ? value.group(1) : value.group(2);
    }

    static String cut(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }
}
