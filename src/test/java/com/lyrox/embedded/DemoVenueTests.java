package com.lyrox.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.lyrox.support.Api;
import com.lyrox.support.LyroxTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@LyroxTest
class DemoVenueTests {

    @Autowired
    Api api;

    @Test
    void theVenueIsSeededWithCourtsHoursPeakPricesAndItsOwnSimulatorNumber() {
        String token = api.login(DemoVenue.EMAIL, DemoCompany.PASSWORD, null).accessToken();

        assertThat(api.get("/api/v1/company", token).text("$.language")).isEqualTo("id");
        assertThat((List<String>) api.get("/api/v1/resources", token).read("$.items[*].name"))
                .containsExactly("Lapangan Badminton", "Lapangan Futsal 1", "Lapangan Futsal 2");
        LocalDate monday = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(7)
                .with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        var slots = api.get("/api/v1/availability?type=futsal&date=" + monday, token);
        assertThat((List<String>) slots.read("$.slots[*].price")).contains("150000.00", "225000.00");
        assertThat((List<String>) api.get("/api/v1/channels", token).read("$.items[*].phoneNumberId"))
                .containsExactly(DemoVenue.SIMULATOR_PHONE_NUMBER_ID);
        var sent = api.post("/api/v1/simulator/messages", token, Map.of("phone", "+6281234567000", "name", "Budi",
                "text", "besok ada lapangan jam 7 malam?"));
        assertThat(sent.status()).isBetween(200, 202);
    }
}
