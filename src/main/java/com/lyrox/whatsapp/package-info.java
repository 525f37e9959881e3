/**
 * The WhatsApp Cloud API, both ways: the signed webhook in (handing its events to the turns'
 * queue), the Graph API out (retries, text split to fit, the conversations' message transport)
 * and the simulator of the embedded default.
 */
@org.springframework.modulith.ApplicationModule(displayName = "WhatsApp",
        allowedDependencies = {"platform", "conversations", "tenants", "turns"})
package com.lyrox.whatsapp;
