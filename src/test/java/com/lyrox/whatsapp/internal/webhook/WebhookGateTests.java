package com.lyrox.whatsapp.internal.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The webhook's places: one more request than there are places waits, and runs once a place comes free. */
class WebhookGateTests {

    @Test
    void aRequestBeyondThePlacesWaitsForOneToComeFree() throws Exception {
        WebhookGate gate = new WebhookGate(1);
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicBoolean secondRan = new AtomicBoolean();

        Thread first = start(() -> gate.pass(() -> {
            firstInside.countDown();
            waitFor(releaseFirst);
        }));
        firstInside.await();
        Thread second = start(() -> gate.pass(() -> secondRan.set(true)));
        await().atMost(Duration.ofSeconds(10)).until(() -> second.getState() == Thread.State.WAITING);

        assertThat(gate.free()).isZero();
        assertThat(secondRan).isFalse();
        releaseFirst.countDown();
        first.join();
        second.join();
        assertThat(secondRan).isTrue();
        assertThat(gate.free()).isEqualTo(1);
    }

    @Test
    void aRequestThatFailsGivesItsPlaceBack() {
        WebhookGate gate = new WebhookGate(2);
        assertThatThrownBy(() -> gate.pass(() -> {
            throw new IllegalArgumentException("bad signature");
        })).hasMessage("bad signature");
        assertThat(gate.free()).isEqualTo(2);
    }

    private static Thread start(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
