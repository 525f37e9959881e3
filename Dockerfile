# syntax=docker/dockerfile:1
# Production image: PostgreSQL, MongoDB and Redis are external (see docker-compose.yml).

FROM node:20 AS dashboard
WORKDIR /frontend
COPY frontend/package.json frontend/package-lock.json frontend/openapi.json frontend/index.html \
     frontend/tsconfig.json frontend/vite.config.ts ./
COPY frontend/public public
COPY frontend/src src
RUN npm install --no-audit --no-fund && npm run build -- --outDir /dashboard

FROM eclipse-temurin:25-jdk AS build
WORKDIR /workspace
COPY mvnw ./
COPY .mvn .mvn
COPY pom.xml ./
COPY src src
# The dashboard, built above, is served from the jar's static resources.
COPY --from=dashboard /dashboard src/main/resources/static
# -Dproduction turns off the Maven profile "embedded": the embedded PostgreSQL/Redis/MongoDB
# binaries and the code that starts them (src/embedded) stay out of the jar.
# The cache mount keeps downloaded dependencies between builds.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -Dproduction -Dfrontend.skip=true -Dmaven.test.skip=true package

FROM eclipse-temurin:25-jre
RUN groupadd --system lyrox && useradd --system --gid lyrox --no-create-home lyrox
WORKDIR /app
COPY --from=build /workspace/target/lyrox-*.jar app.jar
USER lyrox
EXPOSE 8080
# No HEALTHCHECK here: the image has no HTTP client; docker-compose.yml probes
# /actuator/health/readiness instead. Extra JVM flags can go in JAVA_TOOL_OPTIONS.
# Memory (docs/configuration.md, "Memory"): half the container's limit for the heap leaves room
# for the ~300 MiB the JVM needs besides (classes, compiled code, the embedding model); two malloc
# arenas instead of one per core and thread.
ENV MALLOC_ARENA_MAX=2
# Exec form, so the JVM gets SIGTERM and shuts down gracefully.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=50", "-Xss512k", "-XX:MaxMetaspaceSize=256m", "-jar", "app.jar"]
