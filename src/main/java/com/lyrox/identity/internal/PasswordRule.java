package com.lyrox.identity.internal;

import com.lyrox.platform.ApiProblem;
import java.nio.charset.StandardCharsets;

/** Passwords BCrypt can hash whole: 8 characters at least, 72 bytes (UTF-8) at most. */
final class PasswordRule {

    static final int MAX_BYTES = 72;

    private PasswordRule() {
    }

    static void check(String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw ApiProblem.invalid("password", "must be at most 72 bytes (fewer characters when they are accented)");
        }
    }
}
