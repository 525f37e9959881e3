#!/usr/bin/env bash
# The in-process MongoDB server's storage alternatives, on the MongoDB commands of one answered
# message (three reads and nine writes by _id, as TurnStoreCallsTests counts them), from many
# threads, driver and server in one JVM as in the application:
#   bench/store-backends.sh
#   SECONDS_PER_BACKEND=60 THREADS=32 BACKENDS="h2-bson memory" bench/store-backends.sh
# Settings (environment), defaults in brackets:
#   SECONDS_PER_BACKEND [30]  measured after 20 s of warm-up, one JVM per backend
#   THREADS [16]              turns at once
#   BACKENDS ["h2-serialised h2-bson memory"]  h2-bson: the product's (BSON in H2, each write
#                             committed before it is answered); h2-serialised: H2's default format
#                             (Java serialisation), the same commits; memory: no file, a ceiling
#   JAVA_OPTS                 for the benchmark's JVM
# Needs a JDK 21+: $JAVA_HOME, the default java or the newest in /usr/lib/jvm (bench/lib.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=bench/lib.sh
. bench/lib.sh

./mvnw -B -q -Dfrontend.skip=true test-compile > /dev/null
classpath=target/bench-test-classpath.txt
if [ ! -s "$classpath" ] || [ pom.xml -nt "$classpath" ]; then
  ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath" > /dev/null
fi

# One JVM per backend, so that none runs on code the JIT warmed for another.
echo "=== $("$java" -version 2>&1 | head -n 1), $(nproc) cores"
for backend in ${BACKENDS:-h2-serialised h2-bson memory}; do
  # shellcheck disable=SC2086
  "$java" ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat "$classpath")" com.lyrox.embedded.StoreBackendBench \
    "${SECONDS_PER_BACKEND:-30}" "${THREADS:-16}" "$backend" 2>&1 | grep -v -E '^[0-9:.]+ \[|^SLF4J'
done
