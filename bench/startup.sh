#!/usr/bin/env bash
# Time from launch to a healthy application in the embedded default, on a fresh data
# directory (first start: initdb, migrations, demo data) and again on the same one (restart).
# Then stop it as Ctrl-C would and check that no embedded server outlives it.
#   bench/startup.sh            (builds the jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."

jar=$(ls target/lyrox-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [ -z "$jar" ]; then
  ./mvnw -B -q -DskipTests package
  jar=$(ls target/lyrox-*.jar | grep -v original | head -n 1)
fi
data=$(mktemp -d)
port=${PORT:-18080}
trap 'rm -rf "$data"' EXIT

run_once() {
  local label=$1 start pid
  start=$(date +%s.%N)
  java -jar "$jar" --server.port="$port" --lyrox.embedded.data-dir="$data" --logging.level.root=warn \
    > "$data/$label.log" 2>&1 &
  pid=$!
  until [[ "$(curl -fs "http://localhost:$port/actuator/health" 2>/dev/null || true)" == *'"status":"UP"}' ]]; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "the application died; see $data/$label.log"; exit 1; fi
    sleep 0.2
  done
  printf '%-8s healthy after %.1f s\n' "$label" "$(echo "$(date +%s.%N) - $start" | bc)"
  # SIGTERM: what Ctrl-C (SIGINT) does to the JVM; a script's background jobs ignore SIGINT.
  kill -TERM "$pid"
  wait "$pid" || true
  if pgrep -f "$data" > /dev/null; then
    echo "$label: a process using $data is still running after Ctrl-C"; exit 1
  fi
}

run_once first
run_once restart
echo "no embedded server left running"
