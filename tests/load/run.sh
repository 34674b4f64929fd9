#!/usr/bin/env bash
# Load benchmark: a 2 KB chat completion against (a) the emulator directly, (b) the gateway as a bare pass-through
# (inspection off), (c) the full gateway, and (d) the full gateway with mixed traffic (one request in ten carries a
# picture and a question about a person); at 1 connection (latency) and 32 connections (throughput).
# Usage: tests/load/run.sh [duration-seconds]   (prints a Markdown table; needs wrk, installed here if missing)
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION="${1:-15}"
KEY="load-upstream-key"
EMU=127.0.0.1:5601 BARE=127.0.0.1:5602 FULL=127.0.0.1:5603
OUT="$(mktemp -d)"

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
dotnet build -c Release src/PolicyGateway -v q -nologo >/dev/null

BIN=src/PolicyGateway/bin/Release/net10.0
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

dotnet src/PolicyGateway.Emulator/bin/Release/net10.0/PolicyGateway.Emulator.dll --urls "http://$EMU" --Emulator:ApiKey=$KEY >"$OUT/emulator.log" 2>&1 & pids+=($!)
gateway() { # $1 address, $2 inspection on/off
  dotnet $BIN/PolicyGateway.dll --urls "http://$1" --Gateway:PoliciesPath=policies --Gateway:Demo=true \
    --Gateway:Upstream:Endpoints:0="http://$EMU/" --Gateway:Upstream:ApiKey=$KEY \
    --Gateway:Inspection:Enabled="$2" >"$OUT/gateway-$1.log" 2>&1 & pids+=($!)
}
gateway $BARE false
gateway $FULL true
for a in $EMU $BARE $FULL; do
  # Any HTTP answer means the server is listening; 000 means not yet.
  for _ in $(seq 150); do [ "$(curl -s -o /dev/null -w '%{http_code}' "http://$a/" || true)" != 000 ] && break; sleep 0.2; done
done

run() { # $1 label, $2 address, $3 key, $4 connections, $5 script (default chat-2kb)
  LOAD_KEY="$3" wrk -t"$([ "$4" = 1 ] && echo 1 || echo 2)" -c"$4" -d"${DURATION}s" --latency -s "tests/load/${5:-chat-2kb}.lua" "http://$2" >"$OUT/$1-$4.txt"
  local rps p50 p99 non2xx
  rps=$(awk '/Requests\/sec/ {print $2}' "$OUT/$1-$4.txt")
  p50=$(awk '$1=="50%" {print $2}' "$OUT/$1-$4.txt")
  p99=$(awk '$1=="99%" {print $2}' "$OUT/$1-$4.txt")
  non2xx=$(awk '/Non-2xx/ {print $4}' "$OUT/$1-$4.txt")
  printf '| %s | %s | %s | %s | %s | %s |\n' "$1" "$4" "$rps" "$p50" "$p99" "${non2xx:-0}"
}
# Warm-up at full concurrency, so tiered JIT, the thread pool and connection pools have settled before anything counts.
for a in "$EMU $KEY" "$BARE pgw-demo-us-retail" "$FULL pgw-demo-us-retail"; do set -- $a; LOAD_KEY=$2 wrk -t2 -c32 -d10s -s tests/load/chat-2kb.lua "http://$1" >/dev/null; done

echo "| target | connections | requests/s | p50 | p99 | non-2xx |"
echo "|---|---|---|---|---|---|"
for c in 1 32; do
  run direct-emulator $EMU $KEY $c
  run bare-passthrough $BARE pgw-demo-us-retail $c
  run full-gateway $FULL pgw-demo-us-retail $c
  # One request in ten carries a picture and a question about a person: those reach the learned stage.
  run full-gateway-mixed $FULL pgw-demo-us-retail $c chat-mixed
done
echo "raw wrk output: $OUT"
