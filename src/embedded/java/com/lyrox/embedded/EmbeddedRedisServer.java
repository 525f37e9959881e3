package com.lyrox.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.logging.Log;
import redis.embedded.RedisServer;

/** A real Redis server (append-only file in the data directory) on a free loopback port. */
final class EmbeddedRedisServer implements StoppableServer {

    private static final String PID_FILE = "redis-server.pid";

    private final RedisServer redis;
    private final int port;

    private EmbeddedRedisServer(RedisServer redis, int port) {
        this.redis = redis;
        this.port = port;
    }

    /**
     * Starts Redis on {@code directory}, after stopping one a killed JVM left running there (found
     * through the pid file it keeps in the directory).
     */
    static EmbeddedRedisServer start(Path directory, Log log) throws IOException {
        Files.createDirectories(directory);
        Path pidFile = directory.resolve(PID_FILE).toAbsolutePath();
        OrphanedServer.stopIfRunning(pidFile, directory, "redis-server", log);
        int port = FreePort.find();
        RedisServer redis = RedisServer.newRedisServer()
                .bind("127.0.0.1")
                .port(port)
                .setting("dir " + directory.toAbsolutePath())
                .setting("pidfile " + pidFile)
                .setting("appendonly yes")
                .setting("save 60 1")
                .setting("maxmemory 256mb")
                .build();
        redis.start();
        return new EmbeddedRedisServer(redis, port);
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    @Override
    public void stop() throws IOException {
        redis.stop();
    }

    @Override
    public void restart() throws IOException {
        redis.start();
    }

    @Override
    public void close() throws IOException {
        redis.stop();
    }
}
