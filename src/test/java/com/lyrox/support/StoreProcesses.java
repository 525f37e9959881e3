package com.lyrox.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The store servers (PostgreSQL, Redis) working in a data directory, found the way an operator
 * would with {@code ls -l /proc/*&#47;cwd}: both change into their directory when they start.
 */
public final class StoreProcesses {

    private StoreProcesses() {
    }

    /** The processes whose working directory is {@code directory} or below it. */
    public static List<ProcessHandle> in(Path directory) {
        Path root = real(directory);
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            return entries.filter(entry -> entry.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(entry -> worksIn(entry, root))
                    .map(entry -> ProcessHandle.of(Long.parseLong(entry.getFileName().toString())))
                    .flatMap(java.util.Optional::stream).filter(ProcessHandle::isAlive).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The program names of {@link #in}, e.g. {@code postgres}, {@code redis-server}. */
    public static List<String> programsIn(Path directory) {
        return in(directory).stream().map(process -> process.info().command().map(command -> Path.of(command)
                .getFileName().toString()).orElse("?")).distinct().sorted().toList();
    }

    /** Stops what {@link #in} finds: SIGTERM, then SIGKILL for what is left; for clean-up after a failed test. */
    public static void stopAll(Path directory) {
        List<ProcessHandle> processes = in(directory);
        processes.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : processes) {
            try {
                process.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        }
        in(directory).forEach(ProcessHandle::destroyForcibly);
    }

    /** Waits until nothing works in the directory any more (a stopping server takes a moment); answers what is left. */
    public static List<String> awaitNoneIn(Path directory, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!in(directory).isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return programsIn(directory);
    }

    private static boolean worksIn(Path procEntry, Path root) {
        try {
            return Files.readSymbolicLink(procEntry.resolve("cwd")).startsWith(root);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    private static Path real(Path directory) {
        try {
            return directory.toRealPath();
        } catch (IOException e) {
            return directory.toAbsolutePath().normalize();
        }
    }
}
