package com.lyrox.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import com.lyrox.support.AppProcess;
import com.lyrox.support.GraphStub;
import com.lyrox.support.HttpApi;
import com.lyrox.support.StoreProcesses;
import com.lyrox.support.WebhookBurst;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded default after its JVM is killed the way an out-of-memory killer does it (SIGKILL,
 * no shutdown hook): PostgreSQL and Redis outlive it as orphans holding the data directory, and
 * the next start on that directory must stop them and carry on by itself, losing nothing.
 */
class KilledJvmRecoveryTests {

    private static final int MESSAGES = 160;
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    /** Generous: on a busy machine a start takes several times the usual 10 s. */
    private static final Duration START = Duration.ofSeconds(240);

    private final Path dataDirectory = Path.of("target", "killed-jvm-test-" + UUID.randomUUID()).toAbsolutePath();
    private final GraphStub graph = new GraphStub();
    private AppProcess app;

    @AfterEach
    void stopEverything() throws IOException {
        if (app != null) {
            app.close();
        }
        graph.close();
        StoreProcesses.stopAll(dataDirectory);
        try (Stream<Path> paths = Files.walk(dataDirectory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void restartsHealthyAfterTheJvmIsKilledMidBurstAndAnswersEveryAcknowledgedMessageOnce() throws Exception {
        app = start();
        HttpApi api = new HttpApi(app.baseUrl());
        HttpApi.Company company = api.signUpWithChannel(graph);
        HttpApi.expect(201, api.post("/api/v1/products", company.token(), """
                {"name":"Kept Plan","price":"42.00","currency":"EUR"}"""));

        WebhookBurst burst = WebhookBurst.of(company, MESSAGES, 15_551_000_000L);
        AppProcess killed = app;
        burst.send(List.of(api), 8, acknowledged -> {
            if (acknowledged == MESSAGES / 2) {
                killed.kill();
            }
        });
        assertThat(killed.isAlive()).isFalse();
        assertThat(burst.acknowledgedCount()).isBetween(MESSAGES / 2, MESSAGES - 1);
        List<String> orphans = StoreProcesses.programsIn(dataDirectory);
        assertThat(orphans).as("the stores the killed JVM left running")
                .contains("postgres").anyMatch(program -> program.startsWith("redis-server"));

        long restarting = System.nanoTime();
        app = start();
        System.out.printf("killed after %d of %d acknowledged; left running: %s; healthy again %.1f s after the restart began%n",
                burst.acknowledgedCount(), MESSAGES, orphans, (System.nanoTime() - restarting) / 1e9);
        assertThat(app.log()).as("what the restart says it did").contains("was left running on");
        HttpApi restarted = new HttpApi(app.baseUrl());
        burst.redeliver(restarted, PATIENCE);

        await().atMost(PATIENCE).until(() -> burst.repliesPerCustomer(graph, company.phoneNumberId()).values().stream()
                .allMatch(replies -> replies >= 1));
        // A second answer would come from a job run again after the crash: give the reclaim delay (3 s) time to show it.
        Thread.sleep(5_000);
        assertThat(burst.repliesPerCustomer(graph, company.phoneNumberId())).as("replies per customer")
                .allSatisfy((customer, replies) -> assertThat(replies).as(customer).isEqualTo(1L));

        String token = restarted.login(company);
        String conversations = HttpApi.expect(200, restarted.get("/api/v1/conversations?size=100", token));
        assertThat(JsonPath.<Integer>read(conversations, "$.total")).isEqualTo(MESSAGES);
        String products = HttpApi.expect(200, restarted.get("/api/v1/products", token));
        assertThat(JsonPath.<List<String>>read(products, "$.items[*].name")).containsExactly("Kept Plan");

        app.close();
        assertThat(StoreProcesses.awaitNoneIn(dataDirectory, Duration.ofSeconds(30))).as("processes left running").isEmpty();
    }

    private AppProcess start() {
        // Beside the data directory, so that it outlives a failed run.
        return AppProcess.start(Path.of(dataDirectory + ".log"), Map.of(
                "lyrox.embedded.data-dir", dataDirectory.toString(),
                "lyrox.embedded.fresh", "false",
                "lyrox.demo.enabled", "false")).awaitHealthy(START);
    }
}
