package com.lyrox.identity.internal;

import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.SecuritySettings;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Counts sign-in attempts per email and per client IP in Redis, before the password is
 * checked, so parallel guesses cannot slip past the limit. A success clears the email's
 * count; past the limit within the window every attempt (right password or not) gets 429.
 */
@Component
class LoginThrottle {

    private static final RedisScript<Long> DECREMENT_IF_PRESENT = new DefaultRedisScript<>(
            "if redis.call('EXISTS', KEYS[1]) == 1 then return redis.call('DECR', KEYS[1]) end return 0", Long.class);

    private final StringRedisTemplate redis;
    private final SecuritySettings settings;

    LoginThrottle(StringRedisTemplate redis, SecuritySettings settings) {
        this.redis = redis;
        this.settings = settings;
    }

    /** Counts an attempt; throws 429 when the email or the IP is past its limit. */
    void attempt(String email, String ip) {
        count(emailKey(email), settings.loginMaxFailures());
        count(ipKey(ip), settings.loginMaxFailuresPerIp());
    }

    void succeeded(String email, String ip) {
        redis.delete(emailKey(email));
        redis.execute(DECREMENT_IF_PRESENT, List.of(ipKey(ip)));
    }

    private void count(String key, int limit) {
        Long attempts = redis.opsForValue().increment(key);
        if (attempts != null && attempts == 1L) {
            redis.expire(key, settings.loginFailureWindow());
        }
        if (attempts != null && attempts > limit) {
            Long ttl = redis.getExpire(key);
            Duration retryAfter = ttl == null || ttl <= 0 ? settings.loginFailureWindow() : Duration.ofSeconds(ttl);
            throw ApiProblem.tooManyRequests(
                    "Too many failed sign-in attempts; try again in " + Math.max(1, retryAfter.toMinutes()) + " minutes",
                    retryAfter);
        }
    }

    private static String emailKey(String email) {
        return "login:fail:email:" + Secrets.hash(email.trim().toLowerCase(Locale.ROOT));
    }

    private static String ipKey(String ip) {
        return "login:fail:ip:" + ip;
    }
}
