package com.lyrox.live;

import com.lyrox.platform.AccessTokens.VerifiedToken;
import java.io.IOException;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.databind.ObjectMapper;

/**
 * The dashboard's end of the live stream: registers it under the caller's company, says
 * {@code connected}, and answers a client's {@code ping} with {@code pong}.
 */
@Component
class LiveSocketHandler extends TextWebSocketHandler {

    private static final String PING = "ping";
    private static final TextMessage PONG = new TextMessage("pong");

    private final LiveSessions sessions;
    private final ObjectMapper json;

    LiveSocketHandler(LiveSessions sessions, ObjectMapper json) {
        this.sessions = sessions;
        this.json = json;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws IOException {
        VerifiedToken token = TokenHandshake.verifiedToken(session);
        UUID companyId = token.caller().companyId();
        // Registered before the greeting, so nothing published after the client sees it is missed.
        WebSocketSession stream = sessions.open(companyId, session, token.expiresAt());
        stream.sendMessage(new TextMessage(json.writeValueAsString(LiveFrame.connected(companyId))));
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) throws IOException {
        if (PING.equalsIgnoreCase(message.getPayload().trim())) {
            var stream = sessions.find(companyId(session), session.getId());
            if (stream.isPresent()) {
                stream.get().sendMessage(PONG);
            }
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        sessions.closed(companyId(session), session.getId());
    }

    private static UUID companyId(WebSocketSession session) {
        return TokenHandshake.verifiedToken(session).caller().companyId();
    }
}
