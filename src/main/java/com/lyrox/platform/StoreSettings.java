package com.lyrox.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lyrox.stores.*}: how long the application waits for its stores before it calls them down.
 * Redis and the PostgreSQL pool take Spring's own settings ({@code spring.data.redis.timeout},
 * {@code spring.datasource.hikari.*}); these cover the rest.
 *
 * @param databaseQueueTimeout  longest wait for a free database connection while the database answers; while it
 *                              does not, nobody queues and requests fail at once
 * @param mongodbTimeout        longest wait to find a MongoDB server and to connect to it
 * @param mongodbReadTimeout    longest wait for MongoDB's answer to one operation
 * @param redisReconnectDelay   longest pause between attempts to reconnect to Redis (attempts start at 100 ms and
 *                              double), so work resumes soon after Redis is back
 * @param healthTimeout         a store's health check that has not answered within this reports it DOWN
 */
@ConfigurationProperties("lyrox.stores")
public record StoreSettings(
        @DefaultValue("30s") Duration databaseQueueTimeout,
        @DefaultValue("2s") Duration mongodbTimeout,
        @DefaultValue("10s") Duration mongodbReadTimeout,
        @DefaultValue("2s") Duration redisReconnectDelay,
        @DefaultValue("2s") Duration healthTimeout) {
}
