/**
 * Users and who belongs to which company: sign-up, login, refresh-token rotation, members
 * with roles, invitations and API keys for developers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = {"platform", "tenants", "billing"})
package com.lyrox.identity;
