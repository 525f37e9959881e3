package com.lyrox.embedded;

import java.io.IOException;

/** An embedded store that can be stopped and started again on its port and files, as an outage would. */
interface StoppableServer extends AutoCloseable {

    /** Stops the server, keeping its files and its port; {@link #restart()} brings it back. */
    void stop() throws IOException;

    /** Starts the server on its port and files, unless it runs. */
    void restart() throws IOException;
}
