package com.lyrox.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test against the whole application on the embedded stores (real PostgreSQL and Redis
 * processes, the MongoDB wire server), started once per test JVM and shared by every class.
 * REST calls go through MockMvc ({@link Api}); the server also listens on a random port
 * ({@code @LocalServerPort}) for clients MockMvc cannot stand in for, such as WebSockets.
 * One configuration for every class keeps it one context: a second one would pause this one
 * between classes, stopping and restarting its queue workers.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@ActiveProfiles("test")
@ContextConfiguration(initializers = StripeStub.Initializer.class)
@Import(Api.class)
public @interface LyroxTest {
}
