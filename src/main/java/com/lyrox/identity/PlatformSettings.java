package com.lyrox.identity;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lyrox.platform.*}: who runs this Lyrox installation.
 *
 * @param admins emails of the accounts that may use the platform administration API
 *               ({@code /api/v1/admin/...}: set a company's plan, extend its trial), a role no
 *               company owner has; give accounts that exist, as whoever signs up with a listed
 *               email becomes one
 */
@ConfigurationProperties("lyrox.platform")
public record PlatformSettings(@DefaultValue List<String> admins) {
}
