#!/usr/bin/env bash
# The dashboard's two lists at a large company, idle: the inbox list (GET /api/v1/conversations?size=20,
# also with status=AI_ACTIVE and at page 50) and the home page's GET /api/v1/reports/overview, with
# 100,000 conversations and 1,000,000 messages in one company. The application runs in the embedded
# default on a fresh data directory; an owner signs up through the API; bench/InboxSeed.java writes the
# history straight into the application's MongoDB (the webhook would take hours) and deletes the
# company's derived views in its Redis, so the first request of each endpoint rebuilds them (timed on
# its own). Then sequential requests per endpoint after a warm-up (bench/InboxRequests.java):
# p50/p95/p99/max against the target p95 < 100 ms, and the RSS of the application with its embedded
# PostgreSQL and Redis; answers other than 200 are timed too, counted, and fail the target. No customers are written to PostgreSQL: the lists read the copies on the
# conversation documents, and the overview's new leads (from PostgreSQL) stay at zero.
#   bench/inbox-scale.sh                      (builds the jar first if it is missing)
#   CONVERSATIONS=2000 REQUESTS=50 bench/inbox-scale.sh
# Settings (environment), defaults in brackets:
#   CONVERSATIONS [100000], MESSAGES_PER_CONVERSATION [10]   the company's history
#   REQUESTS [200]          timed requests per endpoint, after WARMUP [20]
#   ENDPOINT_SECONDS [600]  stop an endpoint's timed requests after this long (slow scans)
#   SEED_THREADS [4], SEED_BATCH [1000]   writers and documents per insertMany
#   APP_ARGS  more --name=value for the application; JAVA_OPTS  for the application's JVM
#   KEEP_LOG  a file to keep the application's log in (the data directory is deleted)
# Needs a JDK 21+: $JAVA_HOME, the default java or the newest in /usr/lib/jvm (bench/lib.sh), and the
# MongoDB driver in the local Maven repository (the build puts it there).
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=bench/lib.sh
. bench/lib.sh
conversations=${CONVERSATIONS:-100000}
messages=${MESSAGES_PER_CONVERSATION:-10}
requests=${REQUESTS:-200}
warmup=${WARMUP:-20}
endpoint_seconds=${ENDPOINT_SECONDS:-600}

jar=$(bench_jar)
app_pid=
data=
trap bench_cleanup EXIT

# The MongoDB sync driver and its core and BSON, as the build resolves them.
driver_classpath() {
  local file
  file=$(mktemp)
  ./mvnw -B -o -q dependency:build-classpath -Dmdep.outputFile="$file" > /dev/null 2>&1 || true
  tr ':' '\n' < "$file" | grep -E '/org/mongodb/(mongodb-driver-sync|mongodb-driver-core|bson)/' | paste -sd: || true
  rm -f "$file"
}
classpath=$(driver_classpath)
if [ -z "$classpath" ]; then
  echo "the MongoDB driver is not in the local Maven repository: build once with ./mvnw package" >&2
  exit 1
fi

# A port the embedded default chose, from its start-up line, e.g. "Embedded Redis on port 41234".
embedded_port() {
  sed -n -E "s/.*Embedded $1 on port ([0-9]+).*/\1/p" "$data/app.log" | tail -n 1
}

data=$(mktemp -d)
port=$(free_port)
settings=(--lyrox.embedded.data-dir="$data" --lyrox.demo.enabled=false
  --logging.level.root=warn --logging.level.com.lyrox.embedded=info)
# shellcheck disable=SC2206
settings+=(${APP_ARGS:-})
echo "=== inbox at scale: $conversations conversations x $messages messages in one company;" \
  "$("$java" -version 2>&1 | head -n 1), $(nproc) cores"
start_app "$jar" "$port" "${settings[@]}"
mongo_port=$(embedded_port "MongoDB wire server")
redis_port=$(embedded_port "Redis")
if [ -z "$mongo_port" ] || [ -z "$redis_port" ]; then
  echo "the embedded MongoDB and Redis ports are not in the application's log (an external store configured?)"
  exit 1
fi
echo "    embedded MongoDB wire server on port $mongo_port, Redis on port $redis_port"

app="http://127.0.0.1:$port"
account=$("$java" bench/InboxRequests.java signup --app "$app")
company=$(awk '$1 == "company" { print $2 }' <<< "$account")
email=$(awk '$1 == "email" { print $2 }' <<< "$account")
password=$(awk '$1 == "password" { print $2 }' <<< "$account")
echo "    owner signed up, company $company (no customers in PostgreSQL: the lists do not read them)"

seed_log="$data/seed.out"
"$java" -cp "$classpath" bench/InboxSeed.java --mongo-port "$mongo_port" --redis-port "$redis_port" \
  --company "$company" --conversations "$conversations" --messages "$messages" \
  --threads "${SEED_THREADS:-4}" --batch "${SEED_BATCH:-1000}" | tee "$seed_log"
seed_seconds=$(sed -n 's/^seed_seconds=//p' "$seed_log")

status=0
"$java" bench/InboxRequests.java measure --app "$app" --email "$email" --password "$password" --pid "$app_pid" \
  --servers "$data" --requests "$requests" --warmup "$warmup" --endpoint-seconds "$endpoint_seconds" \
  --conversations "$conversations" --messages "$messages" --seed-seconds "$seed_seconds" || status=$?
echo "    (columns: date | conversations / messages | seeding | inbox list p50 / p95 / p99 / max ms |" \
  "AI_ACTIVE p95 | page 50 p95 | overview p50 / p95 / p99 / max ms | RSS with PostgreSQL and Redis)"

if ! kill -0 "$app_pid" 2>/dev/null; then
  echo "the application died during the run:"; tail -n 40 "$data/app.log"; exit 1
fi
report_warnings
stop_app
echo
echo "application stopped"
exit "$status"
