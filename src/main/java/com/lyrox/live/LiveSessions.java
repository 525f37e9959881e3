package com.lyrox.live;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.SessionLimitExceededException;

/**
 * The live streams open on this instance, by company. A frame for a company goes to that
 * company's streams only. Each stream ends when its access token does, so a member who was
 * removed or signed out stops receiving events as they would on the REST API.
 */
@Component
class LiveSessions implements DisposableBean {

    /** Tells the dashboard to reconnect with a fresh access token. */
    static final CloseStatus TOKEN_EXPIRED = new CloseStatus(4001, "Access token expired");

    private static final Logger log = LoggerFactory.getLogger(LiveSessions.class);

    /** A registered stream: the session to send through, and its pending close at token expiry. */
    private record OpenStream(WebSocketSession session, ScheduledFuture<?> expiry) {
    }

    private final Map<UUID, Map<String, OpenStream>> byCompany = new ConcurrentHashMap<>();
    private final ScheduledThreadPoolExecutor expiries;
    private final LiveSettings settings;
    private final Clock clock;

    LiveSessions(LiveSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.expiries = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "live-expiry");
            thread.setDaemon(true);
            return thread;
        });
        this.expiries.setRemoveOnCancelPolicy(true);
    }

    /**
     * Registers a stream of a company until {@code tokenExpiresAt}. Answers the session to send
     * through: several threads send to one client, which a plain session does not allow.
     */
    WebSocketSession open(UUID companyId, WebSocketSession session, Instant tokenExpiresAt) {
        WebSocketSession stream = new ConcurrentWebSocketSessionDecorator(session,
                Math.toIntExact(settings.sendTimeLimit().toMillis()), Math.toIntExact(settings.bufferSizeLimit().toBytes()));
        long untilExpiry = Math.max(0, Duration.between(clock.instant(), tokenExpiresAt).toMillis());
        ScheduledFuture<?> expiry = expiries.schedule(() -> end(companyId, stream, TOKEN_EXPIRED),
                untilExpiry, TimeUnit.MILLISECONDS);
        // Inside compute: a concurrent close must not drop the company's map between lookup and put.
        byCompany.compute(companyId, (id, streams) -> {
            Map<String, OpenStream> open = streams != null ? streams : new ConcurrentHashMap<>();
            open.put(session.getId(), new OpenStream(stream, expiry));
            return open;
        });
        return stream;
    }

    /** The session to send through for a registered stream. */
    Optional<WebSocketSession> find(UUID companyId, String sessionId) {
        return Optional.ofNullable(byCompany.getOrDefault(companyId, Map.of()).get(sessionId)).map(OpenStream::session);
    }

    /** Forgets a stream that closed. */
    void closed(UUID companyId, String sessionId) {
        byCompany.computeIfPresent(companyId, (id, streams) -> {
            OpenStream removed = streams.remove(sessionId);
            if (removed != null) {
                removed.expiry().cancel(false);
            }
            return streams.isEmpty() ? null : streams;
        });
    }

    /** Sends a frame to every stream of the company on this instance. */
    void send(UUID companyId, String frame) {
        Map<String, OpenStream> streams = byCompany.get(companyId);
        if (streams == null) {
            return;
        }
        TextMessage message = new TextMessage(frame);
        for (OpenStream stream : streams.values()) {
            deliver(companyId, stream.session(), message);
        }
    }

    @Override
    public void destroy() {
        expiries.shutdownNow();
    }

    private void deliver(UUID companyId, WebSocketSession stream, TextMessage message) {
        if (!stream.isOpen()) {
            closed(companyId, stream.getId());
            return;
        }
        try {
            stream.sendMessage(message);
        } catch (SessionLimitExceededException e) {
            // A client that stopped reading would otherwise hold frames in memory without end.
            end(companyId, stream, CloseStatus.SESSION_NOT_RELIABLE);
        } catch (IOException | IllegalStateException e) {
            log.debug("Live stream {} lost: {}", stream.getId(), e.getMessage());
            end(companyId, stream, CloseStatus.SERVER_ERROR);
        }
    }

    private void end(UUID companyId, WebSocketSession stream, CloseStatus status) {
        closed(companyId, stream.getId());
        try {
            stream.close(status);
        } catch (IOException | IllegalStateException e) {
            log.debug("Live stream {} did not close cleanly: {}", stream.getId(), e.getMessage());
        }
    }
}
