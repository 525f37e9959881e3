#!/usr/bin/env bash
# The AI agent under load: the agent answers through its OpenAI provider, pointed at a model stub
# (OpenAI's wire format) that answers every chat completion after MODEL_DELAY; CUSTOMERS customers
# in a closed loop (write, wait for the answer, write again) keep that many conversations in flight.
# Reports in-flight, throughput against in-flight / latency, the application's platform threads,
# CPU and memory, and audits that every message got exactly one answer. See bench/whatsapp.sh for
# the settings it passes on.
#   bench/agent.sh
#   CUSTOMERS=3000 MODEL_DELAY=2s bench/agent.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export MODEL_DELAY=${MODEL_DELAY:-2s}
export CUSTOMERS=${CUSTOMERS:-2000}
export MESSAGES=${MESSAGES:-$CUSTOMERS}
export E2E_ONLY=1
export E2E_SECONDS=${E2E_SECONDS:-60}
export DEBOUNCE_WINDOWS=${DEBOUNCE_WINDOWS:-50ms}
# Every conversation in flight holds a worker while the model thinks: room for all of them.
export WORKERS=${WORKERS:-$((CUSTOMERS * 2))}
exec bench/whatsapp.sh
