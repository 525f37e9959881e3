package com.lyrox.live;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.PatternTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/** The live stream at {@code /ws/live}, and this instance's subscription to every company's live channel. */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class LiveConfiguration implements WebSocketConfigurer {

    static final String PATH = "/ws/live";

    private final LiveSocketHandler handler;
    private final TokenHandshake handshake;
    private final LiveSettings settings;

    LiveConfiguration(LiveSocketHandler handler, TokenHandshake handshake, LiveSettings settings) {
        this.handler = handler;
        this.handshake = handshake;
        this.settings = settings;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(handler, PATH)
                .addInterceptors(handshake)
                .setAllowedOriginPatterns(settings.allowedOrigins().toArray(String[]::new));
    }

    @Bean
    RedisMessageListenerContainer liveEventListeners(RedisConnectionFactory redis, LiveEventSubscriber subscriber) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(redis);
        // Each frame on a thread of its own (virtual on Java 21+): a client slow to read holds up
        // the frame being written to it, not the whole subscription.
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("live-");
        executor.setVirtualThreads(Runtime.version().feature() >= 21);
        container.setTaskExecutor(executor);
        container.addMessageListener(subscriber, new PatternTopic(LiveChannels.PATTERN));
        return container;
    }
}
