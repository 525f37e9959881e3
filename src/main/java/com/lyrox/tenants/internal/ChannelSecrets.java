package com.lyrox.tenants.internal;

import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.SecretBox;
import com.lyrox.tenants.ChannelCredentials;
import com.lyrox.tenants.ChannelRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * How a channel's secrets are kept: the access token and app secret sealed (bound to their
 * channel and column, so a sealed value moved to another row does not open), the verify token
 * as a SHA-256 hash, which is all the webhook handshake needs.
 */
@Component
class ChannelSecrets {

    private static final String ACCESS_TOKEN = "access_token";
    private static final String APP_SECRET = "app_secret";

    private final SecretBox box;

    ChannelSecrets(SecretBox box) {
        this.box = box;
    }

    /** A new channel needs every secret; the error names each one missing. */
    static void requireAll(ChannelRequest request) {
        List<ApiProblem.FieldError> missing = new ArrayList<>();
        if (!given(request.accessToken())) {
            missing.add(new ApiProblem.FieldError("accessToken", "is required"));
        }
        if (!given(request.appSecret())) {
            missing.add(new ApiProblem.FieldError("appSecret", "is required"));
        }
        if (!given(request.verifyToken())) {
            missing.add(new ApiProblem.FieldError("verifyToken", "is required"));
        }
        if (!missing.isEmpty()) {
            throw ApiProblem.invalid(missing);
        }
    }

    /** Stores the secrets the request carries (the others stay) and reconnects the channel; none given, nothing changes. */
    void store(Channel channel, ChannelRequest request) {
        if (!given(request.accessToken()) && !given(request.appSecret()) && !given(request.verifyToken())) {
            return;
        }
        channel.connect(seal(channel, ACCESS_TOKEN, request.accessToken()),
                seal(channel, APP_SECRET, request.appSecret()),
                given(request.verifyToken()) ? hash(request.verifyToken()) : null);
    }

    ChannelCredentials open(Channel channel) {
        return new ChannelCredentials(channel.getId(), channel.getCompanyId(), channel.phoneNumberId(),
                channel.displayPhoneNumber(), box.open(channel.accessTokenEnc(), context(channel, ACCESS_TOKEN)),
                box.open(channel.appSecretEnc(), context(channel, APP_SECRET)), channel.graphBaseUrl(),
                channel.graphVersion());
    }

    /** How a verify token is stored and looked up: SHA-256, lowercase hex. */
    static String hash(String verifyToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifyToken.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private String seal(Channel channel, String column, String secret) {
        return given(secret) ? box.seal(secret, context(channel, column)) : null;
    }

    private static String context(Channel channel, String column) {
        return "channels/" + channel.getId() + "/" + column;
    }

    private static boolean given(String secret) {
        return secret != null && !secret.isBlank();
    }
}
