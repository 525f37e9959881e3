/**
 * Companies (the tenants): profile, brand personality and AI instructions, language,
 * timezone and plan. Later: WhatsApp channels (outlets).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tenants")
package com.lyrox.tenants;
