/**
 * Shared foundation of every module: the tenant context, security (JWT and API keys),
 * RFC 9457 errors, paging and the clock. Depends on no other Lyrox module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = {})
package com.lyrox.platform;
