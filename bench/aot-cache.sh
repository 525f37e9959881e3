#!/usr/bin/env bash
# Start-up with and without the JDK's ahead-of-time cache (JDK 25, JEP 483/514): extracts the
# jar (the cache needs plain jars on the class path), records a cache in a training run (start,
# a few API calls, stop), then starts the application on a fresh data directory RUNS times each
# way, alternating, and prints the time to a healthy /actuator/health.
#   bench/aot-cache.sh           RUNS=5 bench/aot-cache.sh
# Needs a JDK 25 or newer ($JAVA_HOME, the default java or the newest in /usr/lib/jvm).
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=bench/lib.sh
. bench/lib.sh
runs=${RUNS:-3}
if [ "$(java_feature "$java")" -lt 25 ]; then
  echo "The ahead-of-time cache needs a JDK 25 or newer; $java is $(java_feature "$java")." >&2
  exit 1
fi
jar=$(bench_jar)
work=$(mktemp -d)
app_pid=
data=
trap 'bench_cleanup; rm -rf "$work"' EXIT

"$java" -Djarmode=tools -jar "$jar" extract --destination "$work/app" > /dev/null
extracted="$work/app/$(basename "$jar")"

# Starts the extracted application with the given JVM options on a fresh data directory, prints
# the seconds to healthy, calls a few endpoints and stops it with SIGTERM.
start_once() {
  local port start seconds
  data=$(mktemp -d)
  port=$(free_port)
  start=$(date +%s.%N)
  "$java" "$@" -jar "$extracted" --server.port="$port" --lyrox.embedded.data-dir="$data" \
    --logging.level.root=warn > "$work/app.log" 2>&1 &
  app_pid=$!
  until [[ "$(curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null || true)" == *'"status":"UP"}' ]]; do
    if ! kill -0 "$app_pid" 2>/dev/null; then echo "the application died:" >&2; tail -20 "$work/app.log" >&2; exit 1; fi
    sleep 0.1
  done
  seconds=$(echo "$(date +%s.%N) - $start" | bc)
  for _ in $(seq 1 20); do
    curl -s -o /dev/null "http://127.0.0.1:$port/api/v1/products"
    curl -s -o /dev/null "http://127.0.0.1:$port/v3/api-docs"
  done
  kill -TERM "$app_pid"; wait "$app_pid" 2>/dev/null || true
  app_pid=
  rm -rf "$data"
  printf '%.1f' "$seconds"
}

echo "training run (records $work/app.aot)..."
start_once -XX:AOTCacheOutput="$work/app.aot" > /dev/null
echo "cache: $(du -m "$work/app.aot" | cut -f1) MiB; $(nproc) cores; $("$java" -version 2>&1 | head -n 1)"
plain=() cached=()
for i in $(seq 1 "$runs"); do
  plain+=("$(start_once)")
  cached+=("$(start_once -XX:AOTCache="$work/app.aot")")
  echo "run $i: without the cache ${plain[-1]} s, with it ${cached[-1]} s"
done
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
echo "median to healthy (fresh data directory): without $(median "${plain[@]}") s, with the cache $(median "${cached[@]}") s"
