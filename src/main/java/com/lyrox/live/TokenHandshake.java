package com.lyrox.live;

import com.lyrox.platform.AccessTokens;
import com.lyrox.platform.AccessTokens.VerifiedToken;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Opens a live stream only for a valid access token, taken from an {@code Authorization: Bearer}
 * header or else the {@code access_token} query parameter (browsers cannot set headers on a
 * WebSocket), and keeps the verified token (caller and expiry) with the session.
 */
@Component
class TokenHandshake implements HandshakeInterceptor {

    static final String TOKEN_PARAMETER = "access_token";
    private static final String VERIFIED_TOKEN = "lyrox.live.token";
    private static final String BEARER = "Bearer ";

    private final AccessTokens tokens;

    TokenHandshake(AccessTokens tokens) {
        this.tokens = tokens;
    }

    /** The token a stream was opened with. */
    static VerifiedToken verifiedToken(WebSocketSession session) {
        return (VerifiedToken) session.getAttributes().get(VERIFIED_TOKEN);
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Map<String, Object> attributes) {
        Optional<VerifiedToken> verified = token(request).flatMap(tokens::verifyWithExpiry);
        if (verified.isEmpty()) {
            response.setStatusCode(HttpStatus.UNAUTHORIZED);
            response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            return false;
        }
        attributes.put(VERIFIED_TOKEN, verified.get());
        return true;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                               Exception exception) {
        // Nothing to record: the verified token travels with the session's attributes.
    }

    private static Optional<String> token(ServerHttpRequest request) {
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            return authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                    ? Optional.of(authorization.substring(BEARER.length()).trim()) : Optional.empty();
        }
        String parameter = UriComponentsBuilder.fromUri(request.getURI()).build().getQueryParams()
                .getFirst(TOKEN_PARAMETER);
        return Optional.ofNullable(parameter).filter(StringUtils::hasText)
                .map(value -> UriUtils.decode(value, StandardCharsets.UTF_8));
    }
}
