package com.lyrox.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.commons.logging.Log;

/**
 * A store server that a killed JVM left running on its data directory (SIGKILL or the
 * out-of-memory killer gives the JVM no chance to stop it). It still holds the directory, so a
 * new start would wait and fail; it is found through the pid file the server keeps there and
 * asked to shut down cleanly before the new server starts. A process is taken for ours only when
 * it is the expected program and works in this very directory, so a reused pid is never touched.
 */
final class OrphanedServer {

    private static final Duration CLEAN_SHUTDOWN = Duration.ofSeconds(30);
    private static final Duration FORCED_SHUTDOWN = Duration.ofSeconds(10);

    private final ProcessHandle process;
    private final String program;
    private final Path directory;
    private final Log log;

    private OrphanedServer(ProcessHandle process, String program, Path directory, Log log) {
        this.process = process;
        this.program = program;
        this.directory = directory;
        this.log = log;
    }

    /**
     * Stops the server of {@code program} that the first line of {@code pidFile} names, if it is
     * alive and works in {@code directory}.
     */
    static void stopIfRunning(Path pidFile, Path directory, String program, Log log) {
        pid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .filter(process -> runs(process, program) && worksIn(process, directory))
                .map(process -> new OrphanedServer(process, program, directory, log))
                .ifPresent(OrphanedServer::stop);
    }

    /**
     * SIGTERM first: Redis then writes its append-only file out, PostgreSQL finishes with a
     * checkpoint (its clients died with the JVM, so nothing holds the shutdown up). SIGKILL only
     * when it does not end, with the server's own children, which would otherwise keep its
     * shared memory and stop the next start.
     */
    private void stop() {
        log.warn(program + " (pid " + process.pid() + ") was left running on " + directory
                + " by an application that did not stop cleanly; stopping it before starting a new one");
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (waitForExit(process, CLEAN_SHUTDOWN)) {
            return;
        }
        log.warn(program + " (pid " + process.pid() + ") did not stop within " + CLEAN_SHUTDOWN.toSeconds()
                + " s; killing it");
        process.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        waitForExit(process, FORCED_SHUTDOWN);
        children.forEach(child -> waitForExit(child, FORCED_SHUTDOWN));
    }

    private static boolean waitForExit(ProcessHandle process, Duration patience) {
        try {
            process.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return !process.isAlive();
        }
    }

    private static Optional<Long> pid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean runs(ProcessHandle process, String program) {
        return process.info().command().map(command -> Path.of(command).getFileName().toString().startsWith(program))
                .orElse(false);
    }

    /**
     * On Linux, by the process's working directory (both servers change into their data
     * directory); elsewhere, by a command line that names the directory.
     */
    private static boolean worksIn(ProcessHandle process, Path directory) {
        Path cwd = Path.of("/proc", String.valueOf(process.pid()), "cwd");
        try {
            Path real = directory.toRealPath();
            if (Files.isSymbolicLink(cwd)) {
                return Files.readSymbolicLink(cwd).equals(real);
            }
            return process.info().commandLine().map(line -> line.contains(real.toString())
                    || line.contains(directory.toAbsolutePath().toString())).orElse(false);
        } catch (IOException e) {
            return false;
        }
    }
}
