package com.lyrox.platform.persistence;

import io.lettuce.core.metrics.MicrometerCommandLatencyRecorder;
import io.lettuce.core.metrics.MicrometerOptions;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every call to a store is counted, by store and command: {@code mongodb.driver.commands}
 * (tags {@code command}, {@code collection}; Spring Boot's), {@code lettuce.command.completion}
 * (tag {@code command}) and {@value #CALLS} for PostgreSQL. A test holds the calls of one
 * answered message to a budget.
 */
@Configuration(proxyBeanMethods = false)
class StoreCallMetrics {

    /** Round trips to PostgreSQL: statements, commits and rollbacks. */
    static final String CALLS = "lyrox.postgresql.calls";

    static Counter postgresqlCalls(MeterRegistry meters) {
        return Counter.builder(CALLS).description("Statements, commits and rollbacks sent to PostgreSQL")
                .register(meters);
    }

    @Bean
    ClientResourcesBuilderCustomizer countRedisCommands(MeterRegistry meters) {
        return resources -> resources.commandLatencyRecorder(new MicrometerCommandLatencyRecorder(meters,
                MicrometerOptions.builder().histogram(false).localDistinction(false).build()));
    }
}
