package com.lyrox.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Which leftover process a start stops: only the expected program working in this data directory
 * ({@code sleep} stands in for a server here), never whatever a stale pid file happens to name.
 */
class OrphanedServerTests {

    private static final Log log = LogFactory.getLog(OrphanedServerTests.class);

    private final Path directory = Path.of("target", "orphan-test-" + UUID.randomUUID()).toAbsolutePath();
    private final Path elsewhere = directory.resolve("elsewhere");
    private final Path pidFile = directory.resolve("server.pid");
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void cleanUp() throws IOException {
        started.forEach(Process::destroyForcibly);
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void stopsTheServerLeftRunningOnItsDirectory() throws Exception {
        Process orphan = startIn(directory);

        OrphanedServer.stopIfRunning(pidFile, directory, "sleep", log);

        assertThat(orphan.isAlive()).isFalse();
    }

    @Test
    void leavesAloneAProcessOfAnotherProgramOrAnotherDirectory() throws Exception {
        Process notTheServer = startIn(directory);
        OrphanedServer.stopIfRunning(pidFile, directory, "postgres", log);
        assertThat(notTheServer.isAlive()).isTrue();

        Process anotherDirectory = startIn(elsewhere);
        OrphanedServer.stopIfRunning(pidFile, directory, "sleep", log);
        assertThat(anotherDirectory.isAlive()).isTrue();
    }

    @Test
    void startsNormallyWithoutAPidFileOrWithAStaleOne() throws Exception {
        Files.createDirectories(directory);
        OrphanedServer.stopIfRunning(pidFile, directory, "sleep", log);
        Files.writeString(pidFile, "2147483646\n");
        OrphanedServer.stopIfRunning(pidFile, directory, "sleep", log);
        Files.writeString(pidFile, "not a pid\n");
        OrphanedServer.stopIfRunning(pidFile, directory, "sleep", log);
        assertThat(pidFile).exists();
    }

    /** A long {@code sleep} working in {@code workingDirectory}, named by the pid file as a server's would be. */
    private Process startIn(Path workingDirectory) throws IOException {
        Files.createDirectories(workingDirectory);
        Process process = new ProcessBuilder("sleep", "300").directory(workingDirectory.toFile()).start();
        started.add(process);
        Files.writeString(pidFile, process.pid() + "\n");
        return process;
    }
}
