package com.lyrox.live;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code lyrox.live.*}: the dashboard's live stream ({@code /ws/live}).
 *
 * @param allowedOrigins  origins (patterns such as {@code https://*.example.com} allowed) whose pages may open the
 *                        stream; {@code *} is safe enough because the stream authenticates by token, not cookie
 * @param sendTimeLimit   a client that takes longer than this to take a frame is disconnected
 * @param bufferSizeLimit frames waiting for a slow client beyond this size disconnect it
 */
@ConfigurationProperties("lyrox.live")
public record LiveSettings(
        @DefaultValue("*") List<String> allowedOrigins,
        @DefaultValue("10s") Duration sendTimeLimit,
        @DefaultValue("512KB") DataSize bufferSizeLimit) {
}
