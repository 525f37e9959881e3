package com.lyrox;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** Lyrox: a multi-tenant WhatsApp AI sales CRM, one Spring Boot application of modules. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Lyrox", sharedModules = "platform")
public class LyroxApplication {

    public static void main(String[] args) {
        SpringApplication.run(LyroxApplication.class, args);
    }
}
