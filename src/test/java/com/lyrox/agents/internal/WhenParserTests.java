package com.lyrox.agents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhenParserTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "¿tienen cancha mañana a las 7?        | tomorrow           | 19:00 | -",
            "el sábado por la tarde                | SATURDAY           | -     | AFTERNOON",
            "mañana por la mañana a las 9          | tomorrow           | 09:00 | MORNING",
            "por la mañana a las 9                 | -                  | 09:00 | MORNING",
            "next Tuesday 6pm                      | TUESDAY            | 18:00 | -",
            "amanhã às 19h                         | tomorrow           | 19:00 | -",
            "besok jam 7 malam                     | tomorrow           | 19:00 | EVENING",
            "ada lapangan kosong hari ini jam 20.00 | today             | 20:00 | -",
            "pasado mañana 18:30                   | day_after_tomorrow | 18:30 | -",
            "tomorrow at 10 am                     | tomorrow           | 10:00 | -",
            "quiero reservar                       | -                  | -     | -",
    })
    void readsTheDayAndTimeACustomerMeans(String text, String day, String time, String part) {
        WhenParser.When when = WhenParser.read(TextNormalizer.normalize(text));

        assertThat(when.day()).isEqualTo(day);
        assertThat(when.time()).isEqualTo(time == null ? null : LocalTime.parse(time));
        assertThat(when.part()).isEqualTo(part);
    }
}
