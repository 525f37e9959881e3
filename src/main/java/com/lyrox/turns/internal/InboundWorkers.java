package com.lyrox.turns.internal;

import com.lyrox.platform.OutageBackoff;
import com.lyrox.platform.StoreOutage;
import com.lyrox.turns.TurnSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.connection.RedisStreamCommands.XClaimOptions;
import org.springframework.data.redis.connection.stream.ByteRecord;
import org.springframework.data.redis.connection.stream.Consumer;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.PendingMessage;
import org.springframework.data.redis.connection.stream.PendingMessages;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.RecordId;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Takes jobs from the inbound stream as one member of the consumer group: one reader hands
 * each job to a thread of its own, virtual on Java 21+ (at most {@code workers} at once); a job is acknowledged only
 * when done. Jobs another worker took and did not finish (it crashed or was killed) are
 * reclaimed after {@code reclaimAfter}; while a job runs, its worker keeps saying so (its idle
 * time is reset several times within that delay), so a slow job is never taken over by another
 * worker while its own is alive. A job that failed {@code maxAttempts} times goes to the
 * dead-letter stream.
 * <p>
 * A store outage is not a job's fault: a job that meets one waits, holding its place, and runs
 * again when the store is back, without counting as an attempt; the reader pauses and resumes
 * likewise. Each outage is logged once when it starts and once when it ends.
 */
@Component
class InboundWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboundWorkers.class);
    private static final Duration READ_BLOCK = Duration.ofSeconds(1);
    private static final Duration FIRST_RETRY = Duration.ofMillis(100);
    private static final Duration MAX_RETRY = Duration.ofSeconds(2);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);
    private static final int HEARTBEAT_BATCH = 500;

    private final StringRedisTemplate redis;
    private final JobHandler handler;
    private final TurnSettings settings;
    private final String consumer = "worker-" + UUID.randomUUID();
    private final Set<RecordId> inProgress = ConcurrentHashMap.newKeySet();
    private final OutageBackoff queueOutages = new OutageBackoff(log, "Taking jobs from the inbound stream",
            FIRST_RETRY, MAX_RETRY);
    private final OutageBackoff jobOutages = new OutageBackoff(log, "Running jobs", FIRST_RETRY, MAX_RETRY);
    private final Duration readBlock;
    private Semaphore capacity;
    private SimpleAsyncTaskExecutor jobs;
    private Thread reader;
    private Thread reclaimer;
    private volatile boolean running;

    InboundWorkers(StringRedisTemplate redis, JobHandler handler, TurnSettings settings) {
        this.redis = redis;
        this.handler = handler;
        this.settings = settings;
        this.readBlock = readBlock(redis);
    }

    /** The blocking read is a command like any other: it has to end well before the command timeout does. */
    private static Duration readBlock(StringRedisTemplate redis) {
        if (redis.getConnectionFactory() instanceof LettuceConnectionFactory lettuce) {
            Duration half = lettuce.getClientConfiguration().getCommandTimeout().dividedBy(2);
            return half.compareTo(READ_BLOCK) < 0 ? half : READ_BLOCK;
        }
        return READ_BLOCK;
    }

    @Override
    public void start() {
        capacity = new Semaphore(settings.workers());
        createGroup();
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("wa-job-");
        executor.setVirtualThreads(Runtime.version().feature() >= 21);
        executor.setTaskTerminationTimeout(SHUTDOWN_GRACE.toMillis());
        jobs = executor;
        running = true;
        reader = daemon("wa-reader", this::readLoop);
        reclaimer = daemon("wa-reclaimer", this::reclaimLoop);
    }

    @Override
    public void stop() {
        running = false;
        reader.interrupt();
        reclaimer.interrupt();
        jobs.close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Reads over a connection of its own, kept while the loop runs: a blocking read cannot share
     * the application's connection, and opening one per read would cost a handshake each time.
     */
    private void readLoop() {
        while (running) {
            try (RedisConnection connection = redis.getRequiredConnectionFactory().getConnection()) {
                readWith(connection);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (running && missingGroup(e)) {
                    log.warn("The consumer group of the inbound stream was gone (Redis lost its data); creating it again");
                    createGroupQuietly();
                } else if (running) {
                    sleep(queueOutages.failed(e));
                }
            }
        }
    }

    private void readWith(RedisConnection connection) throws InterruptedException {
        byte[] stream = RedisInboundQueue.STREAM.getBytes(StandardCharsets.UTF_8);
        while (running) {
            capacity.acquire();
            int free = 1 + capacity.drainPermits();
            List<ByteRecord> records;
            try {
                records = connection.streamCommands().xReadGroup(Consumer.from(RedisInboundQueue.GROUP, consumer),
                        StreamReadOptions.empty().count(free).block(readBlock),
                        StreamOffset.create(stream, ReadOffset.lastConsumed()));
                queueOutages.succeeded();
            } catch (RuntimeException e) {
                capacity.release(free);
                throw e;
            }
            int taken = records == null ? 0 : records.size();
            capacity.release(free - taken);
            if (records != null) {
                records.forEach(record -> submit(record.getId(), fields(record), capacity::release));
            }
        }
    }

    private static Map<String, String> fields(ByteRecord record) {
        Map<String, String> job = new HashMap<>();
        record.getValue().forEach((key, value) ->
                job.put(new String(key, StandardCharsets.UTF_8), new String(value, StandardCharsets.UTF_8)));
        return job;
    }

    private void reclaimLoop() {
        while (running) {
            sleep(settings.reclaimAfter().dividedBy(4));
            try {
                stillWorking();
                reclaim();
            } catch (RuntimeException e) {
                if (running && StoreOutage.of(e).isEmpty()) {
                    log.warn("Reclaiming stalled jobs failed; retrying", e);
                }
            }
        }
    }

    /** Resets the idle time of the jobs this worker is running (XCLAIM to itself, ids only: no delivery counted). */
    void stillWorking() {
        List<RecordId> running = List.copyOf(inProgress);
        byte[] stream = RedisInboundQueue.STREAM.getBytes(StandardCharsets.UTF_8);
        for (int from = 0; from < running.size(); from += HEARTBEAT_BATCH) {
            List<RecordId> batch = running.subList(from, Math.min(running.size(), from + HEARTBEAT_BATCH));
            redis.execute((RedisCallback<List<RecordId>>) connection -> connection.streamCommands().xClaimJustId(stream,
                    RedisInboundQueue.GROUP, consumer, XClaimOptions.minIdle(Duration.ZERO).ids(batch)));
        }
    }

    /**
     * Takes over jobs idle past the limit, or sends them to the dead letters when they keep
     * failing. Reclaimed jobs run beside the reader's, outside its limit: they are few, and
     * waiting for the reader's permits could starve them.
     */
    void reclaim() {
        PendingMessages pending = redis.opsForStream().pending(RedisInboundQueue.STREAM, RedisInboundQueue.GROUP,
                Range.unbounded(), 100);
        for (PendingMessage message : pending) {
            if (message.getElapsedTimeSinceLastDelivery().compareTo(settings.reclaimAfter()) < 0) {
                continue;
            }
            if (message.getTotalDeliveryCount() >= settings.maxAttempts()) {
                deadLetter(message.getId(), message.getTotalDeliveryCount());
                continue;
            }
            List<MapRecord<String, Object, Object>> claimed = redis.opsForStream().claim(RedisInboundQueue.STREAM,
                    RedisInboundQueue.GROUP, consumer, settings.reclaimAfter(), message.getId());
            claimed.forEach(record -> submit(record.getId(), fields(record), () -> { }));
        }
    }

    private static Map<String, String> fields(MapRecord<String, Object, Object> record) {
        Map<String, String> job = new HashMap<>();
        record.getValue().forEach((key, value) -> job.put(key.toString(), value.toString()));
        return job;
    }

    /** Runs the job on its own thread; {@code done} runs when it ends, however it ends. */
    private void submit(RecordId id, Map<String, String> job, Runnable done) {
        inProgress.add(id);
        jobs.execute(() -> {
            try {
                handleThroughOutages(job, Instant.ofEpochMilli(id.getTimestamp()));
                redis.opsForStream().acknowledge(RedisInboundQueue.STREAM, RedisInboundQueue.GROUP, id);
                redis.opsForStream().delete(RedisInboundQueue.STREAM, id);
            } catch (RuntimeException e) {
                if (StoreOutage.of(e).isEmpty()) {
                    log.warn("Job {} failed; it stays pending and will be retried", id, e);
                }
            } finally {
                inProgress.remove(id);
                done.run();
            }
        });
    }

    /**
     * Runs the job, and again after a pause each time a store is unavailable, for as long as the
     * workers run: its steps are idempotent, and its claim stays renewed while it waits.
     */
    private void handleThroughOutages(Map<String, String> job, Instant queuedAt) {
        while (true) {
            try {
                handler.handle(job, queuedAt);
                jobOutages.succeeded();
                return;
            } catch (RuntimeException e) {
                if (!running || StoreOutage.of(e).isEmpty()) {
                    throw e;
                }
                sleep(jobOutages.failed(e));
            }
        }
    }

    private void deadLetter(RecordId id, long deliveries) {
        List<MapRecord<String, Object, Object>> records = redis.opsForStream().range(RedisInboundQueue.STREAM,
                Range.closed(id.getValue(), id.getValue()));
        Map<String, String> fields = new HashMap<>();
        if (!records.isEmpty()) {
            records.get(0).getValue().forEach((key, value) -> fields.put(key.toString(), value.toString()));
        }
        fields.put("jobId", id.getValue());
        fields.put("attempts", String.valueOf(deliveries));
        fields.put("deadAt", Instant.now().toString());
        redis.opsForStream().add(RedisInboundQueue.DEAD_LETTERS, fields);
        redis.opsForStream().acknowledge(RedisInboundQueue.STREAM, RedisInboundQueue.GROUP, id);
        redis.opsForStream().delete(RedisInboundQueue.STREAM, id);
        log.error("Job {} failed {} times and went to the dead letters", id, deliveries);
    }

    private void createGroup() {
        try {
            redis.execute((RedisCallback<String>) connection -> createGroup(connection));
        } catch (RedisSystemException e) {
            if (!String.valueOf(e.getMostSpecificCause().getMessage()).contains("BUSYGROUP")) {
                throw e;
            }
        }
    }

    private void createGroupQuietly() {
        try {
            createGroup();
        } catch (RuntimeException e) {
            sleep(queueOutages.failed(e));
        }
    }

    private static boolean missingGroup(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (String.valueOf(cause.getMessage()).startsWith("NOGROUP")) {
                return true;
            }
        }
        return false;
    }

    private static String createGroup(RedisConnection connection) {
        return connection.streamCommands().xGroupCreate(RedisInboundQueue.STREAM.getBytes(), RedisInboundQueue.GROUP,
                ReadOffset.from("0"), true);
    }

    private static Thread daemon(String name, Runnable loop) {
        Thread thread = new Thread(loop, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
