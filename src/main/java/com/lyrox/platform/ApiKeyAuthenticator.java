package com.lyrox.platform;

import java.util.Optional;

/** Resolves an {@code X-API-Key} header to the company it acts for; implemented by identity. */
public interface ApiKeyAuthenticator {

    Optional<AuthenticatedCaller> authenticate(String rawKey);
}
