#!/usr/bin/env bash
# Bookings at one large company, against the application in the embedded default on a fresh data
# directory (bench/BookingLoad.java): an owner signs up (ENTERPRISE plan: the free one includes 15
# resources and 200 bookings a month), creates 50 futsal courts (hourly, 08:00-22:00 every day,
# Asia/Jakarta) and a peak-hour pricing rule, and books 100,000 CONFIRMED slots through the API from
# 16 concurrent senders, every court's slots from tomorrow on (about 143 days) for 10,000 customers:
# booking creation without contention, in bookings/s. Then GET /api/v1/availability for one court on
# one day and for every court of the type on one day, a random seeded day each, p50/p95/p99/max
# against the target p95 < 50 ms; the seeded days are fully booked, so the answers carry few slots
# while the application reads every booking of the days around. Last, booking creation under
# contention: 20 free slots, each wanted by 50 requests at once; exactly one may get 201 and the others
# 409, and GET /api/v1/bookings has to list exactly one booking per slot, or the run fails (exit 1; an
# answer other than 201 or 409, such as a 500 on a deadlock between the inserts, fails it too).
# The load generator runs on the same machine and takes CPU from the application.
#   bench/bookings.sh                         (builds the jar first if it is missing)
#   RESOURCES=50 BOOKINGS=5000 bench/bookings.sh
#   JAR=/tmp/lyrox.jar bench/bookings.sh      (a copy, so a rebuild of target/ mid-run does not matter)
# Settings (environment), defaults in brackets:
#   RESOURCES [50], BOOKINGS [100000], CUSTOMERS [10000], CONCURRENCY [16]   the seeding
#   REQUESTS [2000], READERS [4], WARMUP [200]       availability requests of each kind
#   CONTENDED_SLOTS [20], CONTENDERS [50]            contention
#   JAR  the application's jar (default: target/lyrox-*.jar, built when missing)
#   APP_ARGS  more --name=value for the application; JAVA_OPTS  for the application's JVM
#   KEEP_LOG  a file to keep the application's log in (the data directory is deleted)
# Needs a JDK 21+: $JAVA_HOME, the default java or the newest in /usr/lib/jvm (bench/lib.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=bench/lib.sh
. bench/lib.sh
resources=${RESOURCES:-50}
bookings=${BOOKINGS:-100000}

jar=${JAR:-$(bench_jar)}
app_pid=
data=
trap bench_cleanup EXIT

data=$(mktemp -d)
port=$(free_port)
settings=(--lyrox.embedded.data-dir="$data" --lyrox.demo.enabled=false --logging.level.root=warn)
# shellcheck disable=SC2206
settings+=(${APP_ARGS:-})
# The load average too: on a small machine other work changes the figures.
echo "=== bookings: $resources courts, $bookings bookings in one company;" \
  "$("$java" -version 2>&1 | head -n 1), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
start_app "$jar" "$port" "${settings[@]}"

status=0
"$java" bench/BookingLoad.java --app "http://127.0.0.1:$port" --resources "$resources" --bookings "$bookings" \
  --customers "${CUSTOMERS:-10000}" --concurrency "${CONCURRENCY:-16}" --requests "${REQUESTS:-2000}" \
  --readers "${READERS:-4}" --warmup "${WARMUP:-200}" --contended-slots "${CONTENDED_SLOTS:-20}" \
  --contenders "${CONTENDERS:-50}" || status=$?

if ! kill -0 "$app_pid" 2>/dev/null; then
  echo "the application died during the run:"; tail -n 40 "$data/app.log"; exit 1
fi
# lib.sh's listing ends its pipeline with head, whose early exit fails it (SIGPIPE, 141) under pipefail once
# there are many warnings (every 409 logs two of Hibernate's); the run must still reach stop_app.
report_warnings || true
stop_app
echo
echo "application stopped (load average at the end $(cut -d' ' -f1-3 /proc/loadavg))"
exit "$status"
