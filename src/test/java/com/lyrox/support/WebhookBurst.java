package com.lyrox.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * A burst of signed text webhooks, each from a customer of its own (so each message is one turn
 * and deserves exactly one reply), sent by a few concurrent senders as Meta would: it remembers
 * which were acknowledged with a 200 and redelivers the others, as Meta retries what it thinks
 * failed.
 */
public final class WebhookBurst {

    /** One customer's message. */
    public record Message(String waId, String messageId, byte[] body, String signature) {
    }

    private final List<Message> messages;
    private final Map<String, HttpApi> acknowledged = new ConcurrentHashMap<>();

    private WebhookBurst(List<Message> messages) {
        this.messages = messages;
    }

    /** {@code count} messages to the company, customers numbered from {@code firstCustomer}. */
    public static WebhookBurst of(HttpApi.Company company, int count, long firstCustomer) {
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String waId = String.valueOf(firstCustomer + i);
            String messageId = "wamid.BURST." + waId;
            byte[] body = company.text(waId, messageId, "Hola, quiero información (" + i + ")");
            messages.add(new Message(waId, messageId, body, company.signature(body)));
        }
        return new WebhookBurst(messages);
    }

    /**
     * Sends each message once, message {@code i} to {@code targets[i % targets.size()]}, from
     * {@code senders} threads; {@code afterAcknowledged} hears the running count after each 200.
     */
    public void send(List<HttpApi> targets, int senders, IntConsumer afterAcknowledged) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger acks = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        for (int s = 0; s < senders; s++) {
            pool.execute(() -> {
                for (int i = next.getAndIncrement(); i < messages.size(); i = next.getAndIncrement()) {
                    Message message = messages.get(i);
                    HttpApi target = targets.get(i % targets.size());
                    if (target.webhook(message.body(), message.signature()) == 200) {
                        acknowledged.put(message.waId(), target);
                        afterAcknowledged.accept(acks.incrementAndGet());
                    }
                }
            });
        }
        pool.shutdown();
        try {
            if (!pool.awaitTermination(5, TimeUnit.MINUTES)) {
                pool.shutdownNow();
                throw new AssertionError("The senders did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Redelivers every message not yet acknowledged to {@code target} until it answers 200. */
    public void redeliver(HttpApi target, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        for (Message message : unacknowledged()) {
            while (target.webhook(message.body(), message.signature()) != 200) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Not acknowledged within " + patience + ": " + message.messageId());
                }
                pause();
            }
            acknowledged.put(message.waId(), target);
        }
    }

    public List<Message> messages() {
        return messages;
    }

    public int acknowledgedCount() {
        return acknowledged.size();
    }

    public List<Message> unacknowledged() {
        return messages.stream().filter(message -> !acknowledged.containsKey(message.waId())).toList();
    }

    /** The messages {@code target} acknowledged. */
    public List<Message> acknowledgedBy(HttpApi target) {
        return messages.stream().filter(message -> acknowledged.get(message.waId()) == target).toList();
    }

    /** How many replies the Graph API got for each customer of the burst (0 for those with none). */
    public Map<String, Long> repliesPerCustomer(GraphStub graph, String phoneNumberId) {
        Map<String, Long> replies = graph.messages(phoneNumberId).stream()
                .collect(Collectors.groupingBy(call -> call.json().<String>read("$.to"), Collectors.counting()));
        return messages.stream().collect(Collectors.toMap(Message::waId, message -> replies.getOrDefault(message.waId(), 0L)));
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
