#!/usr/bin/env bash
# Median latency of API routes on a running `koers serve`: one warm-up call, then five timed calls
# per route. Usage: scripts/serve-latency.sh http://127.0.0.1:8080 '/v1/search?q=sancties' ...
set -euo pipefail
base="$1"; shift
for route in "$@"; do
  curl -s -o /dev/null "$base$route"
  times=()
  for _ in 1 2 3 4 5; do times+=("$(curl -s -o /dev/null -w '%{time_total}' "$base$route")"); done
  median="$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)"
  status="$(curl -s -o /dev/null -w '%{http_code}' "$base$route")"
  awk -v r="$route" -v s="$status" -v m="$median" 'BEGIN { printf "%-58s %s %7.0f ms\n", r, s, m * 1000 }'
done
