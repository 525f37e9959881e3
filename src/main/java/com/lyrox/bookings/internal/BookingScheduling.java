package com.lyrox.bookings.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the bookings' timed jobs (the expiry of holds). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class BookingScheduling {
}
