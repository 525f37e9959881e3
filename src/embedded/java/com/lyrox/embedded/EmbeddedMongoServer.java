package com.lyrox.embedded;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An in-process MongoDB wire-protocol server persisting to an H2 file in the data directory. */
final class EmbeddedMongoServer implements AutoCloseable {

    static final String DATABASE = "lyrox";

    private final Path file;
    private final int port;
    private MongoServer server;
    private H2Backend backend;

    private EmbeddedMongoServer(Path file, int port) {
        this.file = file;
        this.port = port;
    }

    static EmbeddedMongoServer start(Path directory) throws IOException {
        Files.createDirectories(directory);
        EmbeddedMongoServer server = new EmbeddedMongoServer(directory.resolve("mongo.mv").toAbsolutePath(),
                FreePort.find());
        server.restart();
        return server;
    }

    /** Stops the server, keeping its file and its port, as an outage would; {@link #restart()} brings it back. */
    synchronized void stop() {
        if (server != null) {
            server.shutdown();
            backend.close();
            server = null;
            backend = null;
        }
    }

    /** Starts the server on its port and file, unless it runs. */
    synchronized void restart() {
        if (server == null) {
            backend = new H2Backend(file.toString());
            server = new MongoServer(backend);
            server.bind("127.0.0.1", port);
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
