package com.lyrox.embedded;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.logging.Log;

/** An in-process MongoDB wire-protocol server persisting to an H2 file in the data directory. */
final class EmbeddedMongoServer implements StoppableServer {

    static final String DATABASE = "lyrox";
    /**
     * Threads answering the driver's connections. A write waits for its commit to reach the file
     * on the thread of its connection, and every connection sharing that thread waits with it:
     * with the default (two per core) an inbox read by {@code _id} waited 3–4 ms behind commits
     * during a burst, with 16 under 1 ms, at the same write throughput.
     */
    private static final int WORKER_THREADS = 16;

    private final Path file;
    private final int port;
    private final Log log;
    private MongoServer server;
    private CommittingH2Backend backend;

    private EmbeddedMongoServer(Path file, int port, Log log) {
        this.file = file;
        this.port = port;
        this.log = log;
    }

    static EmbeddedMongoServer start(Path directory, Log log) throws IOException {
        Files.createDirectories(directory);
        EmbeddedMongoServer server = new EmbeddedMongoServer(directory.resolve("mongo.mv").toAbsolutePath(),
                FreePort.find(), log);
        server.restart();
        return server;
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            backend.close();
            server = null;
            backend = null;
        }
    }

    @Override
    public synchronized void restart() {
        if (server == null) {
            backend = new CommittingH2Backend(DocumentStore.open(file.toString(), log));
            server = new MongoServer(backend);
            server.bind(new InetSocketAddress("127.0.0.1", port), 1, WORKER_THREADS);
        }
    }

    /**
     * Without retryable writes: the driver repeats a write whose answer it missed, counting on the
     * server to recognise the repeat, which a real MongoDB does and this server does not (an
     * increment would then count twice, and two messages would take one place in a history).
     */
    String uri() {
        return "mongodb://127.0.0.1:" + port + "/" + DATABASE + "?retryWrites=false";
    }

    int port() {
        return port;
    }

    @Override
    public void close() {
        stop();
    }
}
