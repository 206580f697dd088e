#!/usr/bin/env bash
# Load check of `koers serve` (issue 16): generated papers, a 1 GB heap, 16 loopback clients for a
# minute over a mix of routes; prints requests, p50/p99, counts per status, 5xx, the server's RSS,
# whether /v1/health answers afterwards and how long SIGTERM takes. Not a test: figures for docs/web.md.
#   scripts/serve-load.sh [PAPERS_DIR] [CLIENTS] [SECONDS]
# PAPERS_DIR defaults to ~1,000 papers written by `koers bench --write-corpus`.
# KOERS_LOAD_DATA=DIR serves an already ingested data folder instead (kept afterwards).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
papers="${1:-}"
clients="${2:-16}"
seconds="${3:-60}"
work="$(mktemp -d "${TMPDIR:-/tmp}/koers-load.XXXXXX")"
port="${KOERS_LOAD_PORT:-18099}"
export KOERS_JAVA_OPTS="${KOERS_JAVA_OPTS:--Xmx1g}"

data="${KOERS_LOAD_DATA:-$work/data}"
if [ -z "${KOERS_LOAD_DATA:-}" ]; then
  if [ -z "$papers" ]; then
    papers="$work/papers"
    # 9,600 passages make about 1,000 generated papers
    "$here/koers" bench --passages 9600 --write-corpus "$papers" >/dev/null
  fi
  echo "serve-load: $(find "$papers" -type f | wc -l) papers"
  "$here/koers" ingest --data "$data" "$papers" | tail -n 1
fi
echo "serve-load: $data, KOERS_JAVA_OPTS=$KOERS_JAVA_OPTS, $clients clients, ${seconds}s"

"$here/koers" serve --data "$data" --port "$port" >"$work/serve.log" 2>&1 &
launcher=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/v1/health" >/dev/null 2>&1 && break
  sleep 1
done
# the launcher execs java, so its id is the server's
server=$launcher

peak=0
( while kill -0 "$server" 2>/dev/null; do
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$server/status" 2>/dev/null || echo 0)
    [ "${rss:-0}" -gt "$peak" ] && peak=$rss && echo "$peak" >"$work/rss-peak"
    sleep 1
  done ) &
sampler=$!

status=0
"${JAVA_HOME:+$JAVA_HOME/bin/}java" "$here/scripts/ServeLoad.java" "http://127.0.0.1:$port" "$clients" "$seconds" || status=$?

health=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/v1/health" || true)
echo "health after the load: $health"
echo "server RSS: now $(awk '/VmRSS/ {print int($2/1024)}' "/proc/$server/status") MB, peak $(( $(cat "$work/rss-peak" 2>/dev/null || echo 0) / 1024 )) MB"
echo "OutOfMemoryError in the log: $(grep -c OutOfMemoryError "$work/serve.log" || true)"
start=$(date +%s%N)
kill -TERM "$server"
wait "$server" 2>/dev/null || true
echo "stopped on SIGTERM in $(( ($(date +%s%N) - start) / 1000000 )) ms"
kill "$sampler" 2>/dev/null || true
[ "$health" = 200 ] || status=1
rm -rf "$work"
exit "$status"
