package com.lyrox.identity.internal;

import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.SecuritySettings;
import java.time.Duration;
import java.util.Locale;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per email and per client IP in Redis; past the limit within the
 * window, every attempt (right password or not) gets 429 until the window ends.
 */
@Component
class LoginThrottle {

    private final StringRedisTemplate redis;
    private final SecuritySettings settings;

    LoginThrottle(StringRedisTemplate redis, SecuritySettings settings) {
        this.redis = redis;
        this.settings = settings;
    }

    void checkAllowed(String email, String ip) {
        check(emailKey(email), settings.loginMaxFailures());
        check(ipKey(ip), settings.loginMaxFailuresPerIp());
    }

    void failed(String email, String ip) {
        count(emailKey(email));
        count(ipKey(ip));
    }

    void succeeded(String email) {
        redis.delete(emailKey(email));
    }

    private void check(String key, int limit) {
        String failures = redis.opsForValue().get(key);
        if (failures != null && Integer.parseInt(failures) >= limit) {
            Long ttl = redis.getExpire(key);
            Duration retryAfter = ttl == null || ttl <= 0 ? settings.loginFailureWindow() : Duration.ofSeconds(ttl);
            throw ApiProblem.tooManyRequests(
                    "Too many failed sign-in attempts; try again in " + retryAfter.toMinutes() + " minutes or so",
                    retryAfter);
        }
    }

    private void count(String key) {
        Long failures = redis.opsForValue().increment(key);
        if (failures != null && failures == 1L) {
            redis.expire(key, settings.loginFailureWindow());
        }
    }

    private static String emailKey(String email) {
        return "login:fail:email:" + Secrets.hash(email.trim().toLowerCase(Locale.ROOT));
    }

    private static String ipKey(String ip) {
        return "login:fail:ip:" + ip;
    }
}
