package com.lyrox.live;

import java.nio.charset.StandardCharsets;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.stereotype.Component;

/** Hands each frame published on a company's channel, by any instance, to this instance's streams of that company. */
@Component
class LiveEventSubscriber implements MessageListener {

    private final LiveSessions sessions;

    LiveEventSubscriber(LiveSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        String frame = new String(message.getBody(), StandardCharsets.UTF_8);
        LiveChannels.companyOf(new String(message.getChannel(), StandardCharsets.UTF_8))
                .ifPresent(companyId -> sessions.send(companyId, frame));
    }
}
