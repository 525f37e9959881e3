package com.lyrox.agents.internal;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day and time a customer means, from words in Spanish, English, Portuguese or Bahasa
 * Indonesia ("mañana a las 7", "el sábado por la tarde", "next Tuesday 6pm", "amanhã às 19h",
 * "besok jam 7 malam"). The day stays a word ("tomorrow", "SATURDAY") that the bookings module
 * resolves in the resource's zone. A bare hour from 1 to 7 is read as the evening: venues are
 * booked after work far more than before dawn. Reads normalized text (lower case, no accents).
 */
final class WhenParser {

    /** What was read; each part null when the text does not say. */
    record When(String day, LocalTime time, String part) {

        boolean saysAnything() {
            return day != null || time != null || part != null;
        }
    }

    private static final Map<String, String> WEEKDAYS = Map.ofEntries(
            Map.entry("lunes", "MONDAY"), Map.entry("martes", "TUESDAY"), Map.entry("miercoles", "WEDNESDAY"),
            Map.entry("jueves", "THURSDAY"), Map.entry("viernes", "FRIDAY"), Map.entry("sabado", "SATURDAY"),
            Map.entry("domingo", "SUNDAY"), Map.entry("monday", "MONDAY"), Map.entry("tuesday", "TUESDAY"),
            Map.entry("wednesday", "WEDNESDAY"), Map.entry("thursday", "THURSDAY"), Map.entry("friday", "FRIDAY"),
            Map.entry("saturday", "SATURDAY"), Map.entry("sunday", "SUNDAY"), Map.entry("segunda", "MONDAY"),
            Map.entry("terca", "TUESDAY"), Map.entry("quarta", "WEDNESDAY"), Map.entry("quinta", "THURSDAY"),
            Map.entry("sexta", "FRIDAY"), Map.entry("senin", "MONDAY"), Map.entry("selasa", "TUESDAY"),
            Map.entry("rabu", "WEDNESDAY"), Map.entry("kamis", "THURSDAY"), Map.entry("jumat", "FRIDAY"),
            Map.entry("sabtu", "SATURDAY"), Map.entry("minggu", "SUNDAY"));
    private static final List<String> DAY_AFTER_TOMORROW = List.of("pasado manana", "day after tomorrow",
            "depois de amanha", "lusa");
    private static final List<String> TOMORROW = List.of("manana", "tomorrow", "amanha", "besok");
    private static final List<String> TODAY = List.of("hoy", "today", "tonight", "hoje", "hari ini", "nanti malam");
    private static final List<String> MORNING = List.of("por la manana", "de la manana", "morning", "de manha",
            "pela manha", "pagi");
    private static final List<String> AFTERNOON = List.of("tarde", "afternoon", "sore", "siang");
    private static final List<String> EVENING = List.of("noche", "evening", "night", "tonight", "noite", "malam");

    /** "18:30", "20.00" and "19h30" after normalizing ("18 30", "20 00", "19h30"): minutes on the quarter only. */
    private static final Pattern CLOCK = Pattern.compile("\\b([01]?[0-9]|2[0-3])(?: |h)(00|15|30|45)\\b");
    private static final Pattern HOUR = Pattern.compile(
            "(?:\\b(?:a las|las|a la|at|as|jam|pukul|at about)\\s+)([01]?[0-9]|2[0-3])\\b(?:\\s*(am|pm|h|hs))?"
                    + "|\\b([01]?[0-9]|2[0-3])\\s*(am|pm|h|hs)\\b");

    private WhenParser() {
    }

    static When read(String normalized) {
        String text = " " + normalized.trim() + " ";
        String part = part(text);
        return new When(day(text), time(text, part), part);
    }

    private static String day(String text) {
        if (DAY_AFTER_TOMORROW.stream().anyMatch(words -> TextNormalizer.contains(text, words))) {
            return "day_after_tomorrow";
        }
        for (var weekday : WEEKDAYS.entrySet()) {
            if (TextNormalizer.contains(text, weekday.getKey())) {
                return weekday.getValue();
            }
        }
        // "mañana" alone is tomorrow; "por la mañana" is the morning of some day.
        String withoutMorning = text.replace(" por la manana ", " ").replace(" de la manana ", " ");
        if (TOMORROW.stream().anyMatch(word -> TextNormalizer.contains(withoutMorning, word))) {
            return "tomorrow";
        }
        return TODAY.stream().anyMatch(word -> TextNormalizer.contains(text, word)) ? "today" : null;
    }

    private static String part(String text) {
        if (MORNING.stream().anyMatch(words -> TextNormalizer.contains(text, words))) {
            return "MORNING";
        }
        if (EVENING.stream().anyMatch(words -> TextNormalizer.contains(text, words))) {
            return "EVENING";
        }
        return AFTERNOON.stream().anyMatch(words -> TextNormalizer.contains(text, words)) ? "AFTERNOON" : null;
    }

    private static LocalTime time(String text, String part) {
        Matcher clock = CLOCK.matcher(text);
        if (clock.find()) {
            return LocalTime.of(afternoon(Integer.parseInt(clock.group(1)), null, part), Integer.parseInt(clock.group(2)));
        }
        Matcher hour = HOUR.matcher(text);
        if (hour.find()) {
            String digits = hour.group(1) != null ? hour.group(1) : hour.group(3);
            String suffix = hour.group(1) != null ? hour.group(2) : hour.group(4);
            return LocalTime.of(afternoon(Integer.parseInt(digits), suffix, part), 0);
        }
        return null;
    }

    /** The hour on a 24-hour clock: "7pm", "7 de la tarde", "jam 7 malam" and a bare 7 are 19. */
    private static int afternoon(int hour, String suffix, String part) {
        if (hour >= 12 || "am".equals(suffix) || "MORNING".equals(part)) {
            return hour == 12 && "am".equals(suffix) ? 0 : hour;
        }
        if ("pm".equals(suffix) || "EVENING".equals(part) || "AFTERNOON".equals(part)) {
            return hour + 12;
        }
        return hour >= 1 && hour <= 7 ? hour + 12 : hour;
    }
}
