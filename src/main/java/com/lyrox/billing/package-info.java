/**
 * Plans and usage: how many AI interactions a company's plan allows each month, what it used
 * (AI interactions, bookings, outbound messages), the prepaid balance that pays past the allowance,
 * and Lyrox's own monthly statement of each company.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Billing",
        allowedDependencies = {"platform", "tenants", "conversations", "bookings"})
package com.lyrox.billing;
