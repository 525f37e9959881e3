/**
 * Bookings: resources (courts, rooms, a coach's hours), their opening hours, closures and
 * pricing rules, availability, and bookings HELD → CONFIRMED → COMPLETED (or CANCELLED,
 * NO_SHOW, EXPIRED). Overlap is refused by PostgreSQL, not checked in Java.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bookings",
        allowedDependencies = {"platform", "customers", "tenants", "products", "sales"})
package com.lyrox.bookings;
