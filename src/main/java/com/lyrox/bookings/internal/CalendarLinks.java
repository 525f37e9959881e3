package com.lyrox.bookings.internal;

import com.lyrox.platform.SecretBox;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links to calendar files that calendar apps and customers open without signing in: each path
 * names the company and carries a signature of it, so a link cannot be guessed or turned into
 * another company's.
 */
@Component
class CalendarLinks {

    static final String BOOKING = "booking-calendar";
    static final String FEED = "resource-feed";

    private final SecretBox secrets;

    CalendarLinks(SecretBox secrets) {
        this.secrets = secrets;
    }

    String booking(UUID companyId, UUID bookingId) {
        return absolute("/calendar/" + companyId + "/bookings/" + bookingId + ".ics?sig="
                + secrets.signature(companyId + ":" + bookingId, BOOKING));
    }

    String feed(UUID companyId, UUID resourceId) {
        return absolute("/calendar/" + companyId + "/resources/" + resourceId + ".ics?sig="
                + secrets.signature(companyId + ":" + resourceId, FEED));
    }

    boolean verifies(String kind, UUID companyId, UUID id, String signature) {
        return secrets.verify(companyId + ":" + id, kind, signature);
    }

    /** The link on this server's address when answering a request, else the path alone. */
    private static String absolute(String path) {
        return RequestContextHolder.getRequestAttributes() == null ? path
                : ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
    }
}
