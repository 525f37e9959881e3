/**
 * The embedded default: real PostgreSQL and Redis processes and an in-process MongoDB wire
 * server started for a run with no service URLs configured, plus the demo companies (and, on
 * request, their history). Built only without {@code -Dproduction}, so none of it reaches the
 * production image.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Embedded services and demo data",
        allowedDependencies = {"platform", "billing", "bookings", "conversations", "identity", "knowledge", "products",
            "tenants"})
package com.lyrox.embedded;
