package com.lyrox.embedded;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An in-process MongoDB wire-protocol server persisting to an H2 file in the data directory. */
final class EmbeddedMongoServer implements AutoCloseable {

    static final String DATABASE = "lyrox";

    private final MongoServer server;
    private final CommittingH2Backend backend;
    private final int port;

    private EmbeddedMongoServer(MongoServer server, CommittingH2Backend backend, int port) {
        this.server = server;
        this.backend = backend;
        this.port = port;
    }

    static EmbeddedMongoServer start(Path directory) throws IOException {
        Files.createDirectories(directory);
        CommittingH2Backend backend = new CommittingH2Backend(directory.resolve("mongo.mv").toAbsolutePath().toString());
        MongoServer server = new MongoServer(backend);
        int port = FreePort.find();
        server.bind("127.0.0.1", port);
        return new EmbeddedMongoServer(server, backend, port);
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
        server.shutdown();
        backend.close();
    }
}
