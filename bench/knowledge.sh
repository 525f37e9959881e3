#!/usr/bin/env bash
# Knowledge base benchmarks against the application in the embedded default, on a fresh data
# directory with the demo company (bench/KnowledgeBench.java):
#   eval     recall@3 and MRR of src/test/resources/knowledge/eval.json, hybrid vs lexical vs dense
#   ingest   upload-to-READY time of a generated PAGES-page PDF
#   latency  search p50/p95/p99 with CHUNKS chunks in one company
#   bench/knowledge.sh                      (builds the jar first if it is missing)
#   PARTS=eval bench/knowledge.sh
# Settings (environment), defaults in brackets:
#   PARTS ["eval,ingest,latency"], PAGES [100], CHUNKS [10000], SEARCHES [1000]
#   APP_ARGS  more --name=value for the application; JAVA_OPTS  for the application's JVM
# Uses $JAVA_HOME/bin/java when JAVA_HOME is set.
set -euo pipefail
cd "$(dirname "$0")/.."

java=${JAVA_HOME:+$JAVA_HOME/bin/}java

jar=$(ls target/lyrox-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [ -z "$jar" ]; then
  ./mvnw -B -q -DskipTests package
  jar=$(ls target/lyrox-*.jar | grep -v original | head -n 1)
fi
classpath=target/bench-classpath.txt
if [ ! -s "$classpath" ] || [ pom.xml -nt "$classpath" ]; then
  ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$classpath" > /dev/null
fi

app_pid=
data=$(mktemp -d)
cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill -TERM "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  rm -rf "$data"
}
trap cleanup EXIT

port=
for _ in $(seq 1 100); do
  candidate=$((20000 + RANDOM % 40000))
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[ -n "$port" ] || { echo "no free port found" >&2; exit 1; }

settings=(--server.port="$port" --lyrox.embedded.data-dir="$data" --lyrox.demo.enabled=true --logging.level.root=warn)
# shellcheck disable=SC2206
settings+=(${APP_ARGS:-})
echo "=== $("$java" -version 2>&1 | head -n 1), $(nproc) cores"
echo "    java ${JAVA_OPTS:-} -jar $jar ${settings[*]/$data/<temp dir>}"
# shellcheck disable=SC2086
"$java" ${JAVA_OPTS:-} -jar "$jar" "${settings[@]}" > "$data/app.log" 2>&1 &
app_pid=$!
started=$(date +%s)
until [[ "$(curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null || true)" == *'"status":"UP"}' ]]; do
  if ! kill -0 "$app_pid" 2>/dev/null; then
    echo "the application died while starting:"; tail -n 40 "$data/app.log"; exit 1
  fi
  if (( $(date +%s) - started > 300 )); then
    echo "the application is not healthy after 300 s:"; tail -n 40 "$data/app.log"; exit 1
  fi
  sleep 0.5
done

"$java" -cp "$(cat "$classpath")" bench/KnowledgeBench.java --app "http://127.0.0.1:$port" \
  --parts "${PARTS:-eval,ingest,latency}" --pages "${PAGES:-100}" --chunks "${CHUNKS:-10000}" --searches "${SEARCHES:-1000}"

warnings=$(grep -c -E ' (WARN|ERROR) ' "$data/app.log" || true)
if [ "$warnings" -gt 0 ]; then
  echo "application log: $warnings warnings or errors, the first ones:"
  grep -E ' (WARN|ERROR) ' "$data/app.log" | cut -c1-300 | head -n 5
fi
kill -TERM "$app_pid"
wait "$app_pid" || true
app_pid=
echo "application stopped"
