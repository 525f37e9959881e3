package com.lyrox.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CpuSlotsTests {

    @Test
    void noMoreJobsWorkAtOnceThanThereAreSlots() throws Exception {
        CpuSlots slots = new CpuSlots(2);
        AtomicInteger working = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService jobs = Executors.newFixedThreadPool(16);
        for (int i = 0; i < 200; i++) {
            jobs.submit(() -> slots.run(() -> {
                most.accumulateAndGet(working.incrementAndGet(), Math::max);
                sleep(1);
                working.decrementAndGet();
            }));
        }
        finish(jobs);
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void aJobWaitingOutsideItsSlotLetsAnotherWork() throws Exception {
        CpuSlots slots = new CpuSlots(1);
        CountDownLatch waiting = new CountDownLatch(1);
        CountDownLatch otherRan = new CountDownLatch(1);
        ExecutorService jobs = Executors.newFixedThreadPool(2);
        jobs.submit(() -> slots.run(() -> {
            try (var away = CpuSlots.stepAway()) {
                waiting.countDown();
                await(otherRan);
            }
        }));
        await(waiting);
        jobs.submit(() -> slots.run(otherRan::countDown));
        assertThat(otherRan.await(5, TimeUnit.SECONDS)).as("the second job ran while the first waited").isTrue();
        finish(jobs);
    }

    @Test
    void aJobComingBackFromAWaitGoesBeforeJobsThatHaveNotStarted() throws Exception {
        CpuSlots slots = new CpuSlots(1);
        CountDownLatch away = new CountDownLatch(1);
        CountDownLatch back = new CountDownLatch(1);
        CountDownLatch blockerHolds = new CountDownLatch(1);
        CountDownLatch releaseBlocker = new CountDownLatch(1);
        List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService jobs = Executors.newFixedThreadPool(8);
        jobs.submit(() -> slots.run(() -> {
            try (var wait = CpuSlots.stepAway()) {
                away.countDown();
                await(back);
            }
            order.add("resumed");
        }));
        await(away);
        jobs.submit(() -> slots.run(() -> {
            blockerHolds.countDown();
            await(releaseBlocker);
        }));
        await(blockerHolds);
        for (int i = 0; i < 3; i++) {
            jobs.submit(() -> slots.run(() -> order.add("new")));
        }
        Thread.sleep(200);
        back.countDown();
        Thread.sleep(200);
        releaseBlocker.countDown();
        finish(jobs);
        assertThat(order).containsExactly("resumed", "new", "new", "new");
    }

    @Test
    void slotsFreedTogetherAreAllTakenUp() throws Exception {
        CpuSlots slots = new CpuSlots(3);
        CountDownLatch hold = new CountDownLatch(1);
        CountDownLatch allIn = new CountDownLatch(3);
        ExecutorService jobs = Executors.newFixedThreadPool(6);
        for (int i = 0; i < 3; i++) {
            jobs.submit(() -> slots.run(() -> await(hold)));
        }
        Thread.sleep(200);
        for (int i = 0; i < 3; i++) {
            jobs.submit(() -> slots.run(() -> {
                allIn.countDown();
                await(allIn);
            }));
        }
        hold.countDown();
        assertThat(allIn.await(5, TimeUnit.SECONDS)).as("three waiting jobs ran together").isTrue();
        finish(jobs);
    }

    @Test
    void aJobWithinAJobTakesNoSecondSlot() {
        CpuSlots slots = new CpuSlots(1);
        AtomicInteger ran = new AtomicInteger();
        slots.run(() -> slots.run(ran::incrementAndGet));
        assertThat(ran.get()).isEqualTo(1);
    }

    @Test
    void steppingAwayOutsideAnySlotChangesNothing() {
        CpuSlots slots = new CpuSlots(1);
        try (var away = CpuSlots.stepAway()) {
            slots.run(() -> { });
        }
        AtomicInteger ran = new AtomicInteger();
        slots.run(ran::incrementAndGet);
        assertThat(ran.get()).isEqualTo(1);
    }

    private static void finish(ExecutorService jobs) throws InterruptedException {
        jobs.shutdown();
        assertThat(jobs.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
