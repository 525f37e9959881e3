/**
 * Companies (the tenants): profile, brand personality and AI instructions, language,
 * timezone and plan; and their WhatsApp channels (outlets) with encrypted Cloud API
 * credentials and the routing the webhook needs before any tenant is known.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tenants", allowedDependencies = {"platform"})
package com.lyrox.tenants;
