package com.lyrox.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test against the whole application on the production shape's servers: the PostgreSQL,
 * MongoDB and Redis of {@code docker-compose.yml}, in containers started once per test JVM and
 * shared by every class of the suite through one application context ({@link RealServers}).
 * The embedded services stay off. Where no Docker engine answers, the suite is skipped
 * ({@link DockerEngine}). On a class that extends an embedded {@link LyroxTest} class, the same
 * scenarios run against the real servers.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(RealServerTest.TAG)
@ExtendWith(DockerEngine.class)
// Inline, not from RealServers: the embedded services' post-processor reads it before any initializer runs.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "lyrox.embedded.enabled=false")
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@ActiveProfiles("test")
@ContextConfiguration(initializers = RealServers.class)
@Import(Api.class)
public @interface RealServerTest {

    /** The JUnit tag of the suite: {@code ./mvnw verify -Dgroups=real-servers} runs it alone. */
    String TAG = "real-servers";
}
