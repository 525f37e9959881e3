package com.lyrox.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Percentiles read from the counts per bucket stay within 5% of the exact ones. */
class WaitHistogramTests {

    @Test
    void percentilesFromBucketsAreWithinFivePercentOfTheExactOnes() {
        Random random = new Random(7);
        double[] waits = new double[5_000];
        WaitHistogram histogram = new WaitHistogram();
        for (int i = 0; i < waits.length; i++) {
            // Seconds for the AI, hours for people: a spread over five orders of magnitude.
            waits[i] = i % 5 == 0 ? 60 + random.nextDouble() * 36_000 : 2 + random.nextDouble() * 15;
            histogram.add(WaitHistogram.bucketOf(waits[i]), 1);
        }
        Arrays.sort(waits);
        for (double p : new double[] {0.5, 0.9, 0.99}) {
            double exact = waits[(int) Math.ceil(p * waits.length) - 1];
            assertThat(histogram.percentile(p)).isCloseTo(exact, within(exact * 0.05));
        }
        assertThat(histogram.count()).isEqualTo(5_000);
    }

    @Test
    void nothingCountedHasNoPercentile() {
        assertThat(new WaitHistogram().percentile(0.5)).isNull();
    }

    @Test
    void theBucketsAreTheStoresOwn() {
        // floor(ln(1 + seconds) * 10), as the trigger of conversation_timing_days counts them.
        assertThat(WaitHistogram.bucketOf(0)).isZero();
        assertThat(WaitHistogram.bucketOf(Math.expm1(1.0) + 1e-9)).isEqualTo(10);
        assertThat(WaitHistogram.bucketOf(3600)).isEqualTo(81);
    }
}
