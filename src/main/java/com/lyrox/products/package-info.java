/** The company's catalog: what the AI sells, at which price, with which payment link. */
@org.springframework.modulith.ApplicationModule(displayName = "Products", allowedDependencies = {"platform"})
package com.lyrox.products;
