// The HTTP side of bench/inbox-scale.sh (JDK only, java.net.http).
//   java bench/InboxRequests.java signup --app URL
//       signs an owner up; prints "company <id>", "email <e>", "password <p>"
//   java bench/InboxRequests.java measure --app URL --email E --password P --pid PID
//        [--servers DATA_DIR] [--requests 200] [--warmup 20] [--endpoint-seconds 300] [--conversations N] [--messages M] [--seed-seconds S]
//       logs in, times the first request of each endpoint (the one that rebuilds the views after the
//       seeding), then per endpoint a warm-up and sequential timed requests; prints p50/p95/p99/max
//       (answers other than 200 are timed too, counted, and fail the target),
//       the application's RSS with its child processes, and a markdown row for docs/benchmarks.md.
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class InboxRequests {

    static final double TARGET_P95_MS = 100;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    record Endpoint(String name, String path, boolean list) {
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("inbox list", "/api/v1/conversations?size=20", true),
            new Endpoint("inbox list, status=AI_ACTIVE", "/api/v1/conversations?size=20&status=AI_ACTIVE", true),
            new Endpoint("inbox list, page 50", "/api/v1/conversations?size=20&page=50", true),
            new Endpoint("home overview", "/api/v1/reports/overview", false));

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String app = options.get("app");
        switch (args[0]) {
            case "signup" -> signup(app);
            case "measure" -> measure(app, options);
            default -> throw new IllegalArgumentException("signup or measure, not " + args[0]);
        }
    }

    static void signup(String app) throws Exception {
        String email = "owner-" + UUID.randomUUID() + "@example.com";
        String password = "correct-horse-battery";
        HttpResponse<String> reply = post(app + "/api/v1/auth/signup", """
                {"email":"%s","password":"%s","name":"Owner","companyName":"Inbox Scale"}""".formatted(email, password));
        if (reply.statusCode() != 201) {
            throw new IllegalStateException("Sign-up failed: " + reply.statusCode() + " " + reply.body());
        }
        Matcher company = Pattern.compile("\"company\"\\s*:\\s*\\{[^}]*?\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(reply.body());
        if (!company.find()) {
            throw new IllegalStateException("No company id in the sign-up answer: " + reply.body());
        }
        System.out.println("company " + company.group(1));
        System.out.println("email " + email);
        System.out.println("password " + password);
    }

    static String login(String app, String email, String password) throws Exception {
        HttpResponse<String> reply = post(app + "/api/v1/auth/login", """
                {"email":"%s","password":"%s"}""".formatted(email, password));
        Matcher token = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"").matcher(reply.body());
        if (reply.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("Login failed: " + reply.statusCode() + " " + reply.body());
        }
        return token.group(1);
    }

    static void measure(String app, Map<String, String> options) throws Exception {
        int requests = Integer.parseInt(options.getOrDefault("requests", "200"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "20"));
        double endpointSeconds = Double.parseDouble(options.getOrDefault("endpoint-seconds", "300"));
        long conversations = Long.parseLong(options.getOrDefault("conversations", "0"));
        long pid = Long.parseLong(options.get("pid"));
        Session token = new Session(app, options.get("email"), options.get("password"));

        System.out.println();
        System.out.println("first request after seeding (rebuilds the views):");
        for (Endpoint endpoint : ENDPOINTS) {
            long started = System.nanoTime();
            HttpResponse<String> reply = get(app + endpoint.path(), token);
            double ms = (System.nanoTime() - started) / 1e6;
            String detail = "";
            if (endpoint.list()) {
                Matcher total = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(reply.body());
                detail = total.find() ? ", total " + total.group(1) : "";
                if (endpoint.path().endsWith("size=20") && total.find(0) && conversations > 0
                        && Long.parseLong(total.group(1)) != conversations) {
                    throw new IllegalStateException("The list counts " + total.group(1) + " conversations, seeded " + conversations);
                }
            }
            if (reply.statusCode() != 200) {
                detail = ", answered " + reply.statusCode();
            }
            System.out.printf("  %-32s %8.0f ms%s%n", endpoint.name(), ms, detail);
        }

        System.out.printf("%nsequential, after %d warm-up requests; up to %d requests or %.0f s per endpoint:%n", warmup, requests,
                endpointSeconds);
        System.out.printf("  %-32s %8s %8s %8s %8s %8s  %s%n", "endpoint", "requests", "p50 ms", "p95 ms", "p99 ms", "max ms",
                "p95 < " + (int) TARGET_P95_MS + " ms");
        Map<Endpoint, double[]> results = new LinkedHashMap<>();
        boolean met = true;
        for (Endpoint endpoint : ENDPOINTS) {
            for (int i = 0; i < warmup; i++) {
                get(app + endpoint.path(), token);
            }
            List<Double> times = new ArrayList<>();
            Map<Integer, Integer> failures = new TreeMap<>();
            long deadline = System.nanoTime() + (long) (endpointSeconds * 1e9);
            while (times.size() < requests && System.nanoTime() < deadline) {
                token.token(); // a new one when due, outside the timing
                long started = System.nanoTime();
                int status = get(app + endpoint.path(), token).statusCode();
                times.add((System.nanoTime() - started) / 1e6);
                if (status != 200) {
                    failures.merge(status, 1, Integer::sum);
                }
            }
            double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double[] figures = {sorted.length, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                    sorted[sorted.length - 1]};
            results.put(endpoint, figures);
            boolean ok = figures[2] < TARGET_P95_MS && failures.isEmpty();
            met &= ok;
            System.out.printf("  %-32s %8d %8.1f %8.1f %8.1f %8.1f  %s%s%n", endpoint.name(), (int) figures[0], figures[1],
                    figures[2], figures[3], figures[4], ok ? "yes" : "NO",
                    failures.isEmpty() ? "" : "  (not 200: " + failures + ", status=count)");
        }

        long appRss = rssKb(pid);
        long childrenRss = servers(pid, options.get("servers")).stream().mapToLong(InboxRequests::rssKb).sum();
        System.out.printf("%nRSS: application %,d MB, embedded PostgreSQL and Redis %,d MB (shared pages counted in each process), together %,d MB%n",
                appRss / 1024, childrenRss / 1024, (appRss + childrenRss) / 1024);
        System.out.println("targets (p95 < " + (int) TARGET_P95_MS + " ms for the inbox list and the overview): "
                + (met ? "met" : "NOT met"));

        double[] list = results.get(ENDPOINTS.get(0));
        double[] status = results.get(ENDPOINTS.get(1));
        double[] page = results.get(ENDPOINTS.get(2));
        double[] overview = results.get(ENDPOINTS.get(3));
        System.out.println();
        System.out.println("markdown row for docs/benchmarks.md:");
        System.out.printf("| %s | %,d / %,d | %s s | %.0f / %.0f / %.0f / %.0f | %.0f | %.0f | %.0f / %.0f / %.0f / %.0f | %,d MB |%n",
                LocalDate.now(), conversations, conversations * Long.parseLong(options.getOrDefault("messages", "10")),
                options.getOrDefault("seed-seconds", "?"), list[1], list[2], list[3], list[4], status[2], page[2],
                overview[1], overview[2], overview[3], overview[4], (appRss + childrenRss) / 1024);
    }

    static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /**
     * The application's child processes (Redis) and the servers it started that left its process tree
     * (PostgreSQL daemonizes), found by their command line holding {@code mark} (the data directory), with
     * their children.
     */
    static Set<Long> servers(long pid, String mark) {
        Set<Long> found = new TreeSet<>();
        long self = ProcessHandle.current().pid();
        ProcessHandle.of(pid).ifPresent(app -> app.descendants().forEach(child -> found.add(child.pid())));
        if (mark != null) {
            ProcessHandle.allProcesses().filter(process -> process.pid() != pid && process.pid() != self)
                    .filter(process -> commandLine(process.pid()).contains(mark)).forEach(process -> {
                        found.add(process.pid());
                        process.descendants().forEach(child -> found.add(child.pid()));
                    });
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

    static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone, or not Linux
        }
        return 0;
    }

    /** An access token, taken again before it expires (they live 15 minutes). */
    static final class Session {
        final String app;
        final String email;
        final String password;
        String token;
        long takenAt;

        Session(String app, String email, String password) throws Exception {
            this.app = app;
            this.email = email;
            this.password = password;
            token();
        }

        String token() throws Exception {
            if (token == null || System.nanoTime() - takenAt > Duration.ofMinutes(10).toNanos()) {
                token = login(app, email, password);
                takenAt = System.nanoTime();
            }
            return token;
        }
    }

    static HttpResponse<String> get(String url, Session session) throws Exception {
        String token = session.token();
        HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(10))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() == 401 || reply.statusCode() == 403) {
            throw new IllegalStateException("GET " + url + " answered " + reply.statusCode() + ": " + reply.body());
        }
        return reply; // other failures are counted, timed like the answers
    }

    static HttpResponse<String> post(String url, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
