package com.lyrox.bookings;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lyrox.bookings.*}.
 *
 * @param holdDuration   how long a HELD booking keeps its slot before it expires by itself
 * @param expiryInterval how often the holds that ran out are expired (also at once when they are in the way)
 * @param conflictAlternatives how many of the nearest free slots a 409 on a taken slot suggests
 * @param noShowLimit    no-shows after which a customer can no longer book through the chat, until the owner lifts it
 */
@ConfigurationProperties("lyrox.bookings")
public record BookingSettings(
        @DefaultValue("15m") Duration holdDuration,
        @DefaultValue("30s") Duration expiryInterval,
        @DefaultValue("3") int conflictAlternatives,
        @DefaultValue("3") int noShowLimit) {
}
