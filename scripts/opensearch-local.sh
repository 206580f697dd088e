#!/usr/bin/env bash
# A local OpenSearch cluster for trying Koers on OpenSearch and for its tests.
#
#   scripts/opensearch-local.sh start DIR [NODES]   unpack (once), start NODES nodes (default 1) on
#                                                  127.0.0.1, wait until green; last line: the URL
#   scripts/opensearch-local.sh stop DIR            stop every node started under DIR
#   scripts/opensearch-local.sh start-node DIR I    start node I of an existing DIR again
#
# The distribution is org.opensearch.distribution.integ-test-zip:opensearch:3.8.0:zip from Maven
# Central (taken from ~/.m2, else fetched with ./mvnw dependency:copy). It has no security plugin:
# plain http, no users. OpenSearch refuses to run as root, so as root the nodes run as uid/gid
# 65534 (setpriv) and DIR is handed to that user. Heap per node: OPENSEARCH_HEAP (default 256m).
set -euo pipefail

VERSION=3.8.0
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cmd="${1:-}"
dir="${2:-}"
[ -n "$cmd" ] && [ -n "$dir" ] || { sed -n '4,8p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
heap="${OPENSEARCH_HEAP:-256m}"

java_home() {
  for j in "${OPENSEARCH_JAVA_HOME:-}" "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
    if [ -n "$j" ] && [ -x "$j/bin/java" ] && "$j/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
      echo "$j"; return 0
    fi
  done
  echo "opensearch-local: OpenSearch $VERSION needs a JDK >= 21 (set OPENSEARCH_JAVA_HOME)" >&2
  exit 3
}

as_node() {
  if [ "$(id -u)" = 0 ]; then
    setpriv --reuid=65534 --regid=65534 --clear-groups "$@"
  else
    "$@"
  fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

unpack() {
  [ -x "$dir/dist/bin/opensearch" ] && return 0
  local zip="$HOME/.m2/repository/org/opensearch/distribution/integ-test-zip/opensearch/$VERSION/opensearch-$VERSION.zip"
  if [ ! -f "$zip" ]; then
    echo "opensearch-local: fetching OpenSearch $VERSION from Maven Central ..." >&2
    (cd "$here" && ./mvnw -B -q -ntp dependency:copy \
      -Dartifact="org.opensearch.distribution.integ-test-zip:opensearch:$VERSION:zip" \
      -DoutputDirectory="$dir" >&2)
    zip="$dir/opensearch-$VERSION.zip"
  fi
  rm -rf "$dir/dist.tmp" && mkdir -p "$dir/dist.tmp"
  (cd "$dir/dist.tmp" && unzip -q "$zip")
  mv "$dir/dist.tmp/opensearch-$VERSION" "$dir/dist" && rm -rf "$dir/dist.tmp"
}

# node I: its own config, data and logs under DIR/nodeI; ports chosen once and kept
configure() {
  local n="$1" nodes="$2" seeds="$3" managers="$4"
  local home="$dir/node$n"
  mkdir -p "$home/data" "$home/logs"
  rm -rf "$home/config" && cp -r "$dir/dist/config" "$home/config"
  {
    echo "cluster.name: koers-local"
    echo "node.name: node$n"
    echo "network.host: 127.0.0.1"
    echo "http.port: $(cat "$home/http.port")"
    echo "transport.port: $(cat "$home/transport.port")"
    echo "path.data: $home/data"
    echo "path.logs: $home/logs"
    # a shared build machine's disk is often fuller than OpenSearch's watermarks like
    echo "cluster.routing.allocation.disk.threshold_enabled: false"
    echo "action.destructive_requires_name: true"
    if [ "$nodes" = 1 ]; then
      echo "discovery.type: single-node"
    else
      echo "discovery.seed_hosts: [$seeds]"
      echo "cluster.initial_cluster_manager_nodes: [$managers]"
    fi
  } > "$home/config/opensearch.yml"
  sed -i -E "s/^-Xms.*/-Xms$heap/; s/^-Xmx.*/-Xmx$heap/" "$home/config/jvm.options"
}

start_node() {
  local n="$1" home="$dir/node$n"
  rm -f "$home/pid"
  as_node env OPENSEARCH_PATH_CONF="$home/config" OPENSEARCH_JAVA_HOME="$(java_home)" \
    OPENSEARCH_JAVA_OPTS="-Xms$heap -Xmx$heap" \
    "$dir/dist/bin/opensearch" -d -p "$home/pid" > "$home/start.out" 2>&1 || {
      echo "opensearch-local: node$n did not start; see $home/start.out and $home/logs" >&2
      cat "$home/start.out" >&2
      exit 1
    }
  # the daemon writes its pid file once it has started
  for _ in $(seq 1 120); do [ -f "$home/pid" ] && break; sleep 0.5; done
  [ -f "$home/pid" ] || {
    echo "opensearch-local: node$n wrote no pid file; see $home/start.out and $home/logs" >&2
    grep -v -i warning "$home/start.out" >&2 || true
    exit 1
  }
}

wait_green() {
  local url="$1" nodes="$2"
  for _ in $(seq 1 120); do
    if curl -fsS "$url/_cluster/health?wait_for_status=green&wait_for_nodes=$nodes&timeout=2s" 2>/dev/null | grep -q '"status":"green"'; then
      return 0
    fi
    sleep 1
  done
  echo "opensearch-local: the cluster at $url was not green after 2 minutes; see $dir/node*/logs" >&2
  return 1
}

case "$cmd" in
  start)
    nodes="${3:-1}"
    unpack
    seeds="" managers=""
    for n in $(seq 1 "$nodes"); do
      mkdir -p "$dir/node$n"
      [ -f "$dir/node$n/http.port" ] || free_port > "$dir/node$n/http.port"
      [ -f "$dir/node$n/transport.port" ] || free_port > "$dir/node$n/transport.port"
      seeds="$seeds${seeds:+, }\"127.0.0.1:$(cat "$dir/node$n/transport.port")\""
      managers="$managers${managers:+, }node$n"
    done
    echo "$nodes" > "$dir/nodes"
    for n in $(seq 1 "$nodes"); do
      configure "$n" "$nodes" "$seeds" "$managers"
    done
    [ "$(id -u)" = 0 ] && chown -R 65534:65534 "$dir"
    # nodes start side by side: each waits for the others to form the cluster
    pids=""
    for n in $(seq 1 "$nodes"); do
      start_node "$n" &
      pids="$pids $!"
    done
    for p in $pids; do wait "$p"; done
    url="http://127.0.0.1:$(cat "$dir/node1/http.port")"
    wait_green "$url" "$nodes"
    echo "$url"
    ;;
  start-node)
    n="${3:?node number}"
    [ "$(id -u)" = 0 ] && chown -R 65534:65534 "$dir/node$n"
    start_node "$n"
    echo "http://127.0.0.1:$(cat "$dir/node$n/http.port")"
    ;;
  stop)
    for pidfile in "$dir"/node*/pid; do
      [ -f "$pidfile" ] || continue
      pid="$(cat "$pidfile")"
      kill "$pid" 2>/dev/null || true
    done
    for pidfile in "$dir"/node*/pid; do
      [ -f "$pidfile" ] || continue
      pid="$(cat "$pidfile")"
      for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -9 "$pid" 2>/dev/null || true
      rm -f "$pidfile"
    done
    echo "stopped the nodes under $dir"
    ;;
  *)
    echo "opensearch-local: unknown command $cmd (start, stop, start-node)" >&2
    exit 2
    ;;
esac
