package com.lyrox.platform.web;

import java.io.IOException;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the dashboard (the React build in {@code classpath:/static}) at {@code /}; a page path
 * such as {@code /inbox/42} answers {@code index.html} so the browser's router can show it, while
 * the API, its documentation, the live stream, webhooks and actuator keep their own answers.
 */
@Configuration(proxyBeanMethods = false)
public class DashboardPages implements WebMvcConfigurer {

    /** Paths that never fall back to the dashboard. */
    static final List<String> SERVER_PREFIXES = List.of("api/", "v3/", "swagger-ui", "ws/", "webhooks/",
            "simulator/", "actuator/", "calendar/", "error");

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/").setViewName("forward:/index.html");
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/**")
                .addResourceLocations("classpath:/static/")
                .resourceChain(true)
                .addResolver(new DashboardResolver());
    }

    /** Whether a GET of this path belongs to the dashboard (its files or one of its pages). */
    public static boolean isDashboardPath(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return SERVER_PREFIXES.stream().noneMatch(relative::startsWith);
    }

    private static final class DashboardResolver extends PathResourceResolver {

        @Override
        protected Resource getResource(String resourcePath, Resource location) throws IOException {
            Resource file = location.createRelative(resourcePath);
            if (file.isReadable() && !resourcePath.isEmpty()) {
                return file;
            }
            // A missing asset is a 404; anything that looks like a page is the app's to route.
            if (!isDashboardPath(resourcePath) || resourcePath.contains(".")) {
                return null;
            }
            Resource index = location.createRelative("index.html");
            return index.isReadable() ? index : null;
        }
    }
}
