package com.lyrox.support;

import com.lyrox.LyroxApplication;
import com.lyrox.embedded.EmbeddedServices;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.ObjectMapper;

/**
 * The whole application with settings of its own, on embedded stores of its own, started
 * outside the test context cache: its queue workers never take another context's jobs, and
 * switching to it does not pause the shared context between test classes.
 */
public final class IsolatedApp implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final Path dataDirectory;
    private final Api api;

    private IsolatedApp(ConfigurableApplicationContext context, Path dataDirectory) {
        this.context = context;
        this.dataDirectory = dataDirectory;
        this.api = new Api(MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build(), context.getBean(ObjectMapper.class));
    }

    /**
     * Starts the application with the test profile, its stores in {@code dataDirectory}, these
     * properties, and any test configurations given.
     */
    public static IsolatedApp start(Path dataDirectory, Map<String, String> properties, Class<?>... configurations) {
        List<String> arguments = new ArrayList<>(List.of("--lyrox.embedded.data-dir=" + dataDirectory, "--server.port=0"));
        properties.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        Class<?>[] sources = new Class<?>[configurations.length + 1];
        sources[0] = LyroxApplication.class;
        System.arraycopy(configurations, 0, sources, 1, configurations.length);
        return new IsolatedApp(new SpringApplicationBuilder(sources).profiles("test")
                .run(arguments.toArray(String[]::new)), dataDirectory);
    }

    public Api api() {
        return api;
    }

    /** One of the application's beans, such as its meters. */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The port the application listens on, for clients that need a real connection (timeouts, WebSockets). */
    public int port() {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    /** Stops the application and its stores. */
    @Override
    public void close() {
        context.close();
        EmbeddedServices.stop(dataDirectory);
    }
}
