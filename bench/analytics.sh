#!/usr/bin/env bash
# The analytics endpoints at a busy company's volume, against the application in the embedded
# default on a fresh data directory (bench/AnalyticsLoad.java): 100,000 customers and 50,000 sales
# (60% paid) seeded through the API in one company, and a year of 500,000 waits for a reply (the
# replies of about 1,000,000 messages), 50,000 conversations closed and 20,000 handoffs written
# straight into PostgreSQL; then GET /api/v1/analytics/{funnel,revenue,payment-links,conversations,
# response-times,handoffs} for the last 30 and the last 366 days, p50/p95/p99/max against the
# target p95 < 200 ms. Fails (exit 1) when the funnel or the payment links disagree with the seeding.
# The conversations figures read the per-quarter-hour activity counters (bench/whatsapp.sh fills
# them through the message path); their cost does not grow with the number of messages.
# The load generator runs on the same machine and takes CPU from the application.
#   bench/analytics.sh                          (builds the jar first if it is missing)
#   CUSTOMERS=10000 SALES=5000 bench/analytics.sh
#   JAR=/tmp/lyrox.jar bench/analytics.sh       (a copy, so a rebuild of target/ mid-run does not matter)
# Settings (environment), defaults in brackets:
#   CUSTOMERS [100000], SALES [50000], PAID_SHARE [0.6], CONCURRENCY [16]   the seeding
#   WAITS [500000], HANDOFFS [20000]                                        written into PostgreSQL
#   REQUESTS [400], READERS [4], WARMUP [40]                                requests per endpoint
#   JAR, APP_ARGS, JAVA_OPTS, KEEP_LOG as in bench/lib.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=bench/lib.sh
. bench/lib.sh

jar=${JAR:-$(bench_jar)}
app_pid=
data=
trap bench_cleanup EXIT

data=$(mktemp -d)
port=$(free_port)
settings=(--lyrox.embedded.data-dir="$data" --lyrox.demo.enabled=false --logging.level.root=warn)
# shellcheck disable=SC2206
settings+=(${APP_ARGS:-})
echo "=== analytics: ${CUSTOMERS:-100000} customers, ${SALES:-50000} sales in one company;" \
  "$("$java" -version 2>&1 | head -n 1), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
start_app "$jar" "$port" "${settings[@]}"

# The waits for a reply and the handoffs are written straight into PostgreSQL: the embedded server's
# port is in its postmaster.pid, the driver the build downloaded in the local Maven repository.
driver=$(ls "${MAVEN_REPO:-$HOME/.m2/repository}"/org/postgresql/postgresql/*/postgresql-*.jar 2>/dev/null | grep -v sources | sort -V | tail -n 1 || true)
db_port=$(sed -n 4p "$data/postgres/postmaster.pid" 2>/dev/null || true)
timings=()
if [ -n "$driver" ] && [ -n "$db_port" ]; then
  timings=(--jdbc "jdbc:postgresql://127.0.0.1:$db_port/lyrox" --waits "${WAITS:-500000}" --handoffs "${HANDOFFS:-20000}")
else
  echo "no PostgreSQL driver in the local Maven repository or no postmaster.pid: response times and handoffs are timed empty"
fi

status=0
"$java" -cp "${driver:-.}" bench/AnalyticsLoad.java --app "http://127.0.0.1:$port" --customers "${CUSTOMERS:-100000}" \
  --sales "${SALES:-50000}" --paid-share "${PAID_SHARE:-0.6}" --concurrency "${CONCURRENCY:-16}" \
  --requests "${REQUESTS:-400}" --readers "${READERS:-4}" --warmup "${WARMUP:-40}" "${timings[@]}" || status=$?

if ! kill -0 "$app_pid" 2>/dev/null; then
  echo "the application died during the run:"; tail -n 40 "$data/app.log"; exit 1
fi
report_warnings || true
stop_app
echo
echo "application stopped (load average at the end $(cut -d' ' -f1-3 /proc/loadavg))"
exit "$status"
