package com.lyrox.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A walk of {@code frontend/e2e} in Debian's headless Chromium against a running application, its
 * screenshots in {@code target/screenshots} or the folder {@code -Dscreenshots.dir} names; fails
 * the test with the walk's output when a step fails or the walk overruns.
 */
public final class BrowserWalk {

    private BrowserWalk() {
    }

    /** Walks {@code steps} ({@code null}: the new owner's walk) against the application on {@code port}. */
    public static void run(int port, String steps, Duration patience) throws Exception {
        Path log = Files.createTempFile("lyrox-e2e", ".log");
        List<String> command = new ArrayList<>(List.of("node", "e2e/run.mjs", "http://localhost:" + port,
                Path.of(System.getProperty("screenshots.dir", "target/screenshots")).toAbsolutePath().toString()));
        if (steps != null) {
            command.add(steps);
        }
        Process browser = new ProcessBuilder(command).directory(new File("frontend")).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        boolean finished = browser.waitFor(patience.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            browser.descendants().forEach(ProcessHandle::destroy);
            browser.destroy();
        }
        String output = Files.readString(log);
        Files.deleteIfExists(log);
        assertThat(finished).as("the browser run finished in time:%n%s", output).isTrue();
        assertThat(browser.exitValue()).as("the browser run:%n%s", output).isZero();
    }
}
