package com.lyrox.platform;

/**
 * What a member (or API key) may do in a company. Each role includes the ones below it:
 * OWNER &gt; ADMIN &gt; AGENT &gt; VIEWER.
 */
public enum Role {
    /** Everything, including ownership and plan. */
    OWNER,
    /** Settings, members and API keys, besides all CRM work. */
    ADMIN,
    /** CRM work: products, customers, sales, conversations; no settings, members or keys. */
    AGENT,
    /** Reads only. */
    VIEWER;

    /** Spring Security expressions for {@code @PreAuthorize}. */
    public static final String CAN_READ = "hasRole('VIEWER')";
    public static final String CAN_WRITE = "hasRole('AGENT')";
    public static final String CAN_ADMINISTER = "hasRole('ADMIN')";
}
