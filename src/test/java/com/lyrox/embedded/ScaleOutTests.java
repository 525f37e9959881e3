package com.lyrox.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import com.lyrox.support.AppProcess;
import com.lyrox.support.GraphStub;
import com.lyrox.support.HttpApi;
import com.lyrox.support.LiveClient;
import com.lyrox.support.WebhookBurst;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Several instances on shared stores, as users who outgrow one machine run them: two application
 * JVMs on one PostgreSQL, one Redis and one MongoDB (wire server) that live outside both, one of
 * them killed with SIGKILL in the middle of a burst while the other carries on.
 */
class ScaleOutTests {

    private static final int MESSAGES = 160;
    /** Generous: on a busy machine the survivor takes several times the usual half minute to answer the burst. */
    private static final Duration PATIENCE = Duration.ofSeconds(180);
    /** Generous: on a busy machine a start takes several times the usual 10 s. */
    private static final Duration START = Duration.ofSeconds(240);

    private final Path directory = Path.of("target", "scale-out-test-" + UUID.randomUUID()).toAbsolutePath();
    private final GraphStub graph = new GraphStub();
    private SharedStores stores;
    private AppProcess first;
    private AppProcess second;
    private LiveClient dashboard;

    @AfterEach
    void stopEverything() {
        if (dashboard != null) {
            dashboard.close();
        }
        for (AppProcess app : new AppProcess[] {first, second}) {
            if (app != null) {
                app.close();
            }
        }
        graph.close();
        if (stores != null) {
            stores.close();
        }
    }

    @Test
    void twoInstancesLoseAndDuplicateNothingWhenOneIsKilledMidBurstAndTheDashboardOnTheOtherSeesEverything() {
        stores = SharedStores.start(directory);
        // Beside the stores' directory, so that they outlive a failed run.
        first = AppProcess.start(Path.of(directory + "-first.log"), stores.properties("first"));
        second = AppProcess.start(Path.of(directory + "-second.log"), stores.properties("second"));
        first.awaitHealthy(START);
        second.awaitHealthy(START);
        HttpApi killed = new HttpApi(first.baseUrl());
        HttpApi survivor = new HttpApi(second.baseUrl());
        HttpApi.Company company = killed.signUpWithChannel(graph);
        dashboard = LiveClient.connect(second.port(), survivor.login(company));
        dashboard.frame("connected", PATIENCE);

        WebhookBurst burst = WebhookBurst.of(company, MESSAGES, 15_552_000_000L);
        AppProcess dying = first;
        burst.send(List.of(killed, survivor), 8, acknowledged -> {
            if (acknowledged == MESSAGES / 2) {
                dying.kill();
            }
        });
        assertThat(first.isAlive()).isFalse();
        List<WebhookBurst.Message> beforeTheKill = burst.acknowledgedBy(killed);
        assertThat(beforeTheKill).isNotEmpty();
        burst.redeliver(survivor, PATIENCE);
        List<WebhookBurst.Message> throughTheSurvivor = burst.acknowledgedBy(survivor);
        System.out.printf("%d messages: %d acknowledged by the instance killed mid-burst, %d by the other (redeliveries included)%n",
                MESSAGES, beforeTheKill.size(), throughTheSurvivor.size());

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(burst.repliesPerCustomer(graph, company.phoneNumberId()))
                .as("replies per customer").allSatisfy((customer, replies) -> assertThat(replies).as(customer).isPositive()));
        // A second answer would come from a job of the killed instance run again: give the reclaim delay (3 s) time to show it.
        sleep(Duration.ofSeconds(5));
        assertThat(burst.repliesPerCustomer(graph, company.phoneNumberId())).as("replies per customer")
                .allSatisfy((customer, replies) -> assertThat(replies).as(customer).isEqualTo(1L));
        String conversations = HttpApi.expect(200, survivor.get("/api/v1/conversations?size=1", survivor.login(company)));
        assertThat(JsonPath.<Integer>read(conversations, "$.total")).isEqualTo(MESSAGES);

        for (WebhookBurst.Message message : burst.messages()) {
            assertThat(dashboard.frame("message", frame -> message.messageId().equals(frame.read("$.payload.id")), PATIENCE)
                    .<String>read("$.payload.direction")).as("the live event of " + message.messageId()).isEqualTo("INBOUND");
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
