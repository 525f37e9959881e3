package com.lyrox.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lyrox.support.Api;
import com.lyrox.support.BrowserWalk;
import com.lyrox.support.IsolatedApp;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With {@code lyrox.demo.volume}, both demo companies start with ninety days of a living business,
 * and every page reads it as it reads live data: the funnel, revenue, conversations, response times,
 * handoffs, knowledge gaps, inbox, customers and the venue's bookings. Written once.
 */
class DemoVolumeTests {

    private static final Path DATA = Path.of("target", "test-data", "embedded-demo-volume");

    private static IsolatedApp app;

    @BeforeAll
    static void start() {
        app = IsolatedApp.start(DATA, Map.of("lyrox.demo.enabled", "true", "lyrox.demo.volume", "true"));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theCoachShowsNinetyDaysOfCustomersConversationsSalesAndReplies() {
        Api api = app.api();
        String token = api.login(DemoCompany.EMAIL, DemoCompany.PASSWORD, null).accessToken();
        String period = period(api, token);

        var funnel = api.get("/api/v1/analytics/funnel" + period, token);
        assertThat((Integer) funnel.read("$.contacted")).isEqualTo(DemoVolume.COACHING.customers());
        List<Integer> steps = funnel.read("$.steps[*].count");
        assertThat(steps.get(1)).isBetween(90, 210);
        assertThat(steps.get(2)).isBetween(40, 120);
        assertThat(((Number) funnel.read("$.steps[2].medianDays")).doubleValue()).isPositive();

        var revenue = api.get("/api/v1/analytics/revenue" + period, token);
        assertThat(revenue.<List<String>>read("$.days[?(@.sales > 0)].day")).hasSizeGreaterThan(30);
        assertThat((Integer) api.get("/api/v1/analytics/payment-links" + period, token).read("$.pending")).isPositive();

        var conversations = api.get("/api/v1/analytics/conversations" + period, token);
        assertThat((Integer) conversations.read("$.started")).isEqualTo(DemoVolume.COACHING.customers());
        assertThat(conversations.<List<String>>read("$.days[?(@.started > 0)].day")).hasSizeGreaterThan(60);
        assertThat((Integer) conversations.read("$.humanReplies")).isPositive();
        assertThat((Integer) conversations.read("$.handoffs")).isPositive();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var times = api.get("/api/v1/analytics/response-times" + period, token);
            assertThat((Integer) times.read("$.firstResponse.ai.count")).isEqualTo(DemoVolume.COACHING.customers());
            assertThat(((Number) times.read("$.response.ai.p90Seconds")).doubleValue()).isLessThan(20);
            assertThat(((Number) times.read("$.response.human.p50Seconds")).doubleValue()).isGreaterThan(200);
            assertThat((Integer) times.read("$.resolution.count")).isPositive();
            assertThat(api.get("/api/v1/analytics/handoffs" + period, token).<List<String>>read("$.reasons[*].reason"))
                    .contains("COMPLAINT", "SENSITIVE", "CUSTOMER_ASKED");
        });
        assertThat(api.get("/api/v1/analytics/knowledge-gaps" + period, token).<List<Object>>read("$.items")).isNotEmpty();
        assertThat((Integer) api.get("/api/v1/conversations", token).read("$.total")).isEqualTo(DemoVolume.COACHING.customers());
        var newest = api.get("/api/v1/conversations", token).text("$.items[0].id");
        assertThat(api.get("/api/v1/conversations/" + newest + "/messages", token).<List<Object>>read("$.items")).hasSizeGreaterThan(2);
        assertThat((Integer) api.get("/api/v1/customers?stage=CUSTOMER", token).read("$.total")).isEqualTo(steps.get(2));

        // Written once: a second start (or a second call) adds nothing.
        app.bean(SimulatorChannel.class).route(DemoCompany.SIMULATOR_PHONE_NUMBER_ID)
                .ifPresent(route -> app.bean(DemoVolume.class).fill(route, DemoVolume.COACHING));
        assertThat((Integer) api.get("/api/v1/customers", token).read("$.total")).isEqualTo(DemoVolume.COACHING.customers());
    }

    @Test
    void theVenueShowsItsCourtsPlayed() {
        Api api = app.api();
        String token = api.login(DemoVenue.EMAIL, DemoCompany.PASSWORD, null).accessToken();
        String period = period(api, token);

        var bookings = api.get("/api/v1/analytics/bookings" + period, token);
        assertThat((Integer) bookings.read("$.bookings")).isGreaterThan(50);
        assertThat(((Number) bookings.read("$.occupancy")).doubleValue()).isPositive();
        assertThat((Integer) api.get("/api/v1/analytics/funnel" + period, token).read("$.contacted"))
                .isEqualTo(DemoVolume.VENUE.customers());
        assertThat(api.get("/api/v1/conversations", token).text("$.items[0].customerPhone")).startsWith("+62812555");
    }

    @Test
    void aShopWithTwoOutletsHasItsCustomersWriteToEither() {
        Api api = app.api();
        String token = api.login(DemoShop.EMAIL, DemoCompany.PASSWORD, null).accessToken();
        String period = period(api, token);

        assertThat(api.get("/api/v1/company", token).text("$.language")).isEqualTo("pt");
        List<String> outlets = api.get("/api/v1/channels", token).read("$.items[*].id");
        assertThat(outlets).hasSize(2);
        assertThat((Integer) api.get("/api/v1/analytics/funnel" + period, token).read("$.contacted"))
                .isEqualTo(DemoVolume.SHOP.customers());
        List<String> written = api.get("/api/v1/conversations?size=100", token).read("$.items[*].channelId");
        assertThat(written).containsAll(outlets);
        assertThat(api.get("/api/v1/analytics/revenue" + period, token).text("$.totals[0].currency")).isEqualTo("BRL");
    }

    /** The history in Chromium: the analytics page over ninety days and the inbox, with screenshots. */
    @Test
    void theDashboardShowsTheHistoryInChromium() throws Exception {
        Assumptions.assumeFalse(Boolean.getBoolean("frontend.skip"), "built with -Dfrontend.skip");
        BrowserWalk.run(app.port(), "./demo-steps.mjs", Duration.ofMinutes(3));
    }

    /** The ninety days the history covers, in the company's time zone. */
    private static String period(Api api, String token) {
        LocalDate today = LocalDate.now(ZoneId.of(api.get("/api/v1/analytics/funnel", token).text("$.zone")));
        return "?from=" + today.minusDays(DemoVolume.DAYS) + "&to=" + today;
    }
}
