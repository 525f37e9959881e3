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
# Needs a JDK 21+; KEEP_LOG=file keeps the application log (bench/lib.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=bench/lib.sh
. bench/lib.sh

jar=$(bench_jar)
classpath=target/bench-classpath.txt
if [ ! -s "$classpath" ] || [ pom.xml -nt "$classpath" ]; then
  ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$classpath" > /dev/null
fi

app_pid=
data=$(mktemp -d)
trap bench_cleanup EXIT

port=$(free_port)
settings=(--lyrox.embedded.data-dir="$data" --lyrox.demo.enabled=true --logging.level.root=warn)
# shellcheck disable=SC2206
settings+=(${APP_ARGS:-})
echo "=== $("$java" -version 2>&1 | head -n 1), $(nproc) cores"
start_app "$jar" "$port" "${settings[@]}"

"$java" -cp "$(cat "$classpath")" bench/KnowledgeBench.java --app "http://127.0.0.1:$port" \
  --parts "${PARTS:-eval,ingest,latency}" --pages "${PAGES:-100}" --chunks "${CHUNKS:-10000}" --searches "${SEARCHES:-1000}"

report_warnings
stop_app
echo "application stopped"
