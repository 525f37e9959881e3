/** Plans and usage: how many AI interactions a company's plan allows each month, and what it used. */
@org.springframework.modulith.ApplicationModule(displayName = "Billing", allowedDependencies = {"platform", "tenants"})
package com.lyrox.billing;
