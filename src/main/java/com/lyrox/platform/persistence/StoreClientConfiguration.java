package com.lyrox.platform.persistence;

import com.lyrox.platform.StoreSettings;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The store clients fail fast when their store is down and reconnect by themselves when it is
 * back: a request never holds a thread for a client's default minute, and nobody restarts the app.
 */
@Configuration(proxyBeanMethods = false)
class StoreClientConfiguration {

    /**
     * Lettuce queues commands while disconnected by default, and each waits for the command
     * timeout; rejected at once, the webhook can answer 503 at once.
     */
    @Bean
    LettuceClientOptionsBuilderCustomizer rejectRedisCommandsWhileDisconnected() {
        return options -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    }

    /** Lettuce's default pause grows to 30 s, which would keep work stopped long after Redis came back. */
    @Bean
    ClientResourcesBuilderCustomizer boundedRedisReconnectDelay(StoreSettings settings) {
        return resources -> resources.reconnectDelay(Delay.exponential(Duration.ofMillis(100),
                settings.redisReconnectDelay(), 2, TimeUnit.MILLISECONDS));
    }

    /** The driver's defaults wait 30 s for a server and forever for an answer. */
    @Bean
    MongoClientSettingsBuilderCustomizer mongoTimeouts(StoreSettings settings) {
        long timeout = settings.mongodbTimeout().toMillis();
        long readTimeout = settings.mongodbReadTimeout().toMillis();
        return client -> client
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(timeout, TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(timeout, TimeUnit.MILLISECONDS)
                        .readTimeout(readTimeout, TimeUnit.MILLISECONDS));
    }
}
