#!/usr/bin/env bash
# The action-list benchmark (docs/benchmarks.md, section "API"): serves the benchmark database built by
# api-generate.sh on 127.0.0.1:18090, warms up for 120 s (the JIT needs over a minute on 2 cores), then measures 60 s with wrk (32 connections, the mix in
# api-mix.lua) and prints the CPU seconds the service and MariaDB used. Needs `apt-get install -y wrk` and the jar
# (`mvn -q -DskipTests package`). CONNECTIONS (default 32), WARMUP and DURATION (seconds) change the load. Drop the database afterwards: mariadb -e 'DROP DATABASE wt_api_bench'.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$(cd "$(dirname "$0")" && pwd)"
WORK="$(mktemp -d)"
export BENCH_KEY="bench-admin-key-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
mkdir -p "$WORK/rules" && cp -r "$ROOT/rules/rulebook" "$WORK/rules/"
RETENTION_DB_URL='jdbc:mysql://127.0.0.1:3306/wt_api_bench?sslMode=DISABLED&useServerPrepStmts=true&cachePrepStmts=true&prepStmtCacheSqlLimit=4096&useLocalSessionState=true&cacheResultSetMetadata=true' \
RETENTION_DB_USER=root RETENTION_PORT=18090 RETENTION_BOOTSTRAP_ADMIN_KEY="$BENCH_KEY" \
  java ${BENCH_JAVA_OPTS:-} -Dretention.home="$WORK" -Dspring.flyway.baseline-on-migrate=true \
  -Dspring.flyway.baseline-version=5 -jar "$ROOT/app/target/retention.jar" serve > "$WORK/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
until grep -q "Stop with" "$WORK/serve.log"; do sleep 1; kill -0 $SERVER || { cat "$WORK/serve.log"; exit 1; }; done
cpu() { awk '{printf "%s ", ($14 + $15) / 100}' /proc/$SERVER/stat /proc/$(pgrep -x mariadbd | head -1)/stat; echo; }
wrk -t2 -c${CONNECTIONS:-32} -d${WARMUP:-120}s -s "$HERE/api-mix.lua" http://127.0.0.1:18090 > /dev/null
date -u; uptime; echo "cpu seconds (service, mariadb) before: $(cpu)"
wrk -t2 -c${CONNECTIONS:-32} -d${DURATION:-60}s --latency -s "$HERE/api-mix.lua" http://127.0.0.1:18090
echo "cpu seconds (service, mariadb) after: $(cpu)"; uptime
