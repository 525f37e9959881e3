/**
 * The company's knowledge base: FAQs, pasted texts and uploaded files, cut into chunks and
 * searched by meaning and by words, so the sales agent answers from the company's own facts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge", allowedDependencies = {"platform"})
package com.lyrox.knowledge;
