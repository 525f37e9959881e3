package com.lyrox.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import redis.embedded.RedisServer;

/** A real Redis server (append-only file in the data directory) on a free loopback port. */
final class EmbeddedRedisServer implements AutoCloseable {

    private final RedisServer redis;
    private final int port;

    private EmbeddedRedisServer(RedisServer redis, int port) {
        this.redis = redis;
        this.port = port;
    }

    static EmbeddedRedisServer start(Path directory) throws IOException {
        Files.createDirectories(directory);
        int port = FreePort.find();
        RedisServer redis = RedisServer.newRedisServer()
                .bind("127.0.0.1")
                .port(port)
                .setting("dir " + directory.toAbsolutePath())
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

    /** Stops the server, keeping its files and its port, as an outage would; {@link #restart()} brings it back. */
    void stop() throws IOException {
        redis.stop();
    }

    /** Starts the server again on the same port, with the data it had. */
    void restart() throws IOException {
        redis.start();
    }

    @Override
    public void close() throws IOException {
        redis.stop();
    }
}
