package com.lyrox.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** A store's health check that hangs reports the store DOWN instead of hanging the endpoint. */
class TimeLimitedHealthIndicatorTests {

    @Test
    void aCheckThatDoesNotAnswerInTimeReportsDown() {
        TimeLimitedHealthIndicator hanging = new TimeLimitedHealthIndicator(() -> {
            sleep(Duration.ofSeconds(30));
            return Health.up().build();
        }, Duration.ofMillis(200));

        assertThat(hanging.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(hanging.health().getDetails()).containsKey("error");
    }

    @Test
    void aCheckThatAnswersInTimeIsPassedOnAndOneThatFailsIsDown() {
        assertThat(new TimeLimitedHealthIndicator(() -> Health.up().withDetail("ping", 1).build(), Duration.ofSeconds(5))
                .health().getDetails()).containsEntry("ping", 1);
        assertThat(new TimeLimitedHealthIndicator(() -> {
            throw new IllegalStateException("Connection refused");
        }, Duration.ofSeconds(5)).health().getStatus()).isEqualTo(Status.DOWN);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
