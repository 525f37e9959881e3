/**
 * Sales and their payment status. Completing or refunding a sale publishes an event the
 * customers module turns into lifetime value and stage.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sales", allowedDependencies = {"platform", "products"})
package com.lyrox.sales;
