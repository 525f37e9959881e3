package com.lyrox;

import static org.assertj.core.api.Assertions.assertThat;

import com.lyrox.support.BrowserWalk;
import com.lyrox.support.LyroxTest;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * The dashboard in a real browser: Debian's headless Chromium, driven by {@code frontend/e2e},
 * walks sign-up, the catalog, the simulator, the live inbox, the pipeline, and a booking made in
 * the simulator and moved on the calendar against this
 * running application, and saves a screenshot of each page in {@code target/screenshots}, or in
 * the folder {@code -Dscreenshots.dir} names ({@code docs/screenshots} to refresh the docs' pictures):
 * a build leaves the tree as it found it.
 */
@LyroxTest
class DashboardBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void aNewOwnerWalksThroughTheDashboardInChromium() throws Exception {
        Assumptions.assumeFalse(Boolean.getBoolean("frontend.skip"), "built with -Dfrontend.skip");
        assertThat(new ClassPathResource("static/index.html").exists()).as("the dashboard is built").isTrue();
        BrowserWalk.run(port, null, Duration.ofMinutes(6));
    }
}
