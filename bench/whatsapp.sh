#!/usr/bin/env bash
# The WhatsApp message path under load, against the running application in the embedded default:
# signed text webhooks from 1,000 customers, the Graph API on a local stub (bench/WebhookLoad.java).
# Phase 1 sends the webhooks as fast as the senders go (ACK rate and latency, then the drain);
# phase 2 is a closed loop per customer (end-to-end latency, replies/s). Each debounce window gets
# its own application on a fresh data directory.
#   bench/whatsapp.sh                         (builds the jar first if it is missing)
#   DEBOUNCE_WINDOWS="50ms" MESSAGES=5000 bench/whatsapp.sh
# Settings (environment), defaults in brackets:
#   DEBOUNCE_WINDOWS ["2s 50ms"]  one run per window (lyrox.whatsapp.debounce-window)
#   MESSAGES [20000], CUSTOMERS [1000], CONCURRENCY [64]  phase 1
#   E2E_SECONDS [60], E2E_CUSTOMERS [all]                 phase 2
#   RATE_LIMIT [1000000]  lyrox.whatsapp.rate-limit-per-minute; the product's 10 would leave
#                         customers who write more often than that unanswered (see docs/benchmarks.md)
#   WORKERS [the application's default]  lyrox.whatsapp.workers
#   APP_ARGS  more --name=value for the application; JAVA_OPTS  for the application's JVM
#   KEEP_LOG  a file to keep the application's log in (the data directory is deleted)
#   LOAD_ARGS more options for bench/WebhookLoad.java, e.g. "--ack-only" (phase 1's webhooks only)
#   E2E_ONLY [0]     1: phase 2 only
#   MODEL_DELAY      e.g. 2s: the agent answers through the OpenAI provider, pointed at a stub in the
#                    load generator that answers each chat completion after this long (bench/agent.sh)
# Needs a JDK 21+: $JAVA_HOME, the default java or the newest in /usr/lib/jvm (bench/lib.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=bench/lib.sh
. bench/lib.sh
windows=${DEBOUNCE_WINDOWS:-2s 50ms}
messages=${MESSAGES:-20000}
customers=${CUSTOMERS:-1000}
concurrency=${CONCURRENCY:-64}
e2e_seconds=${E2E_SECONDS:-60}
rate_limit=${RATE_LIMIT:-1000000}

jar=$(bench_jar)
app_pid=
data=
trap bench_cleanup EXIT

descendants() {
  local children
  children=$(ps -e -o pid=,ppid= | awk -v p="$1" '$2 == p { print $1 }')
  for child in $children; do echo "$child"; descendants "$child"; done
}

millis() {
  case $1 in
    *ms) echo "${1%ms}" ;;
    *s) echo $(( ${1%s} * 1000 )) ;;
    *) echo "unsupported duration $1 (use 50ms or 2s)" >&2; exit 1 ;;
  esac
}

run_once() {
  local window=$1 port status=0 started
  data=$(mktemp -d)
  port=$(free_port)
  local settings=(--lyrox.embedded.data-dir="$data" --lyrox.demo.enabled=false
    --logging.level.root=warn
    --lyrox.whatsapp.debounce-window="$window"
    --lyrox.whatsapp.rate-limit-per-minute="$rate_limit")
  if [ -n "${WORKERS:-}" ]; then settings+=(--lyrox.whatsapp.workers="$WORKERS"); fi
  local load_args=()
  if [ "${E2E_ONLY:-0}" = 1 ]; then load_args+=(--e2e-only); fi
  if [ -n "${MODEL_DELAY:-}" ]; then
    local model_port
    model_port=$(free_port)
    settings+=(--lyrox.agents.provider=openai --lyrox.agents.openai.api-key=bench
      --lyrox.agents.openai.base-url="http://127.0.0.1:$model_port/v1")
    load_args+=(--model-stub-port "$model_port" --model-delay-ms "$(millis "$MODEL_DELAY")")
  fi
  # shellcheck disable=SC2206
  settings+=(${APP_ARGS:-})
  echo
  echo "=== debounce window $window: $("$java" -version 2>&1 | head -n 1), $(nproc) cores"
  start_app "$jar" "$port" "${settings[@]}"
  "$java" bench/WebhookLoad.java --app "http://127.0.0.1:$port" --pid "$app_pid" --messages "$messages" \
    --customers "$customers" --concurrency "$concurrency" --e2e-seconds "$e2e_seconds" --e2e-customers "${E2E_CUSTOMERS:-0}" \
    --debounce-ms "$(millis "$window")" --clk-tck "$(getconf CLK_TCK)" --servers "$data" "${load_args[@]}" ${LOAD_ARGS:-} || status=$?
  if ! kill -0 "$app_pid" 2>/dev/null; then
    echo "the application died during the run:"; tail -n 40 "$data/app.log"; exit 1
  fi
  report_warnings
  local children
  children=$(descendants "$app_pid" | tr '\n' ' ')
  stop_app
  for child in $children; do
    if kill -0 "$child" 2>/dev/null; then echo "process $child outlived the application"; exit 1; fi
  done
  if pgrep -f "$data" > /dev/null; then echo "a process using the data directory is still running"; exit 1; fi
  rm -rf "$data"
  data=
  if [ "$status" -ne 0 ]; then echo "load generator exit status $status"; return "$status"; fi
}

result=0
for window in $windows; do
  run_once "$window" || result=$?
done
echo
echo "application stopped; no embedded server left running"
exit "$result"
