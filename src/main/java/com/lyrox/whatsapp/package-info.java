/**
 * The WhatsApp Cloud API: the signed webhook in, the durable queue and its workers, the Graph
 * API sender out (retries, 24 h window) and the simulator of the embedded default.
 */
@org.springframework.modulith.ApplicationModule(displayName = "WhatsApp",
        allowedDependencies = {"platform", "billing", "conversations", "customers", "tenants"})
package com.lyrox.whatsapp;
