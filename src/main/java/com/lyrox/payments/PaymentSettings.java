package com.lyrox.payments;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lyrox.payments.*}.
 *
 * @param signatureTolerance how far a signed provider event's timestamp may be from now before it is refused as a replay
 */
@ConfigurationProperties("lyrox.payments")
public record PaymentSettings(@DefaultValue("5m") Duration signatureTolerance) {
}
