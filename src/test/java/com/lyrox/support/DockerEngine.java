package com.lyrox.support;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.testcontainers.DockerClientFactory;

/**
 * Runs the real-server suite where a Docker engine answers and skips it where none does (as on
 * build machines without one), so one suite serves both. Asked once per test JVM; the skip is
 * announced on one line, not once per class.
 */
public final class DockerEngine implements ExecutionCondition {

    static final String SKIPPED = "Real-server suite skipped: no Docker engine answers";

    private static Boolean answers;
    private static final AtomicBoolean announced = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (answers()) {
            return ConditionEvaluationResult.enabled("A Docker engine answers");
        }
        if (announced.compareAndSet(false, true)) {
            System.out.println(SKIPPED);
        }
        return ConditionEvaluationResult.disabled(SKIPPED);
    }

    private static synchronized boolean answers() {
        if (answers == null) {
            // Where none answers, Testcontainers logs every way it tried: the skip line says it once instead.
            LoggingSystem logging = LoggingSystem.get(DockerEngine.class.getClassLoader());
            logging.setLogLevel("org.testcontainers", LogLevel.OFF);
            try {
                answers = DockerClientFactory.instance().isDockerAvailable();
            } finally {
                logging.setLogLevel("org.testcontainers", null);
            }
        }
        return answers;
    }
}
