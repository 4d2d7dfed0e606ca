#!/usr/bin/env bash
# The launch-day load (docs/BENCHMARKS.md, "Launch-day load"), 127.0.0.1 only, bounded in time:
#   1. node 1 (2 GB heap, demo data, its embedded PostgreSQL) alone;
#   2. the heap of one Vaadin session, measured with real headless Chromium on the consultation, a contribution and
#      a search (each page in a fresh browser profile: one session, one UI);
#   3. LOAD_RESIDENTS residents arriving through Gatling ("hold"): the heap they keep, and so how many fit in 2 GB;
#   4. the mixed load (browsing, searching, contributing) at LOAD_RATE interactions/s, then twice it, on node 1 alone;
#   5. node 2 on the same PostgreSQL, HAProxy in front (sticky sessions, /api/ready), the same mixed load, then twice it.
# Run from the project's root after ./mvnw -DskipTests package:  bash load/launch-day.sh
# Settings (environment): LOAD_RESIDENTS (2000), LOAD_RAMP (120 s), LOAD_RATE (4/s), LOAD_DURATION (60 s), LOAD_PAGES (10
# browsers per page), LOAD_SKIP (phases to skip among "chromium hold one-node").
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME MAVEN_ARGS="--batch-mode --no-transfer-progress"
JAVA="$JAVA_HOME/bin/java"
RESIDENTS=${LOAD_RESIDENTS:-2000}
RAMP=${LOAD_RAMP:-120}
RATE=${LOAD_RATE:-4}
DURATION=${LOAD_DURATION:-60}
PAGES=${LOAD_PAGES:-10}
SKIP=" ${LOAD_SKIP:-} "
WORK=target/launch-day
# Ports apart from 8080-8082, which a developer's own platform may hold; the proxy runs docs/operations/haproxy.cfg
# with these ports put in.
PROXY=18480; PORT1=18481; PORT2=18482
REPORT=$WORK/figures.md
rm -rf "$WORK" && mkdir -p "$WORK"
# The nodes run their own copy of the jar: a build meanwhile must not change the classes under a running JVM.
cp target/convergences.jar "$WORK/convergences.jar" && cp -r target/lib "$WORK/lib"
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

say() { echo "$*" | tee -a "$REPORT"; }
load_average() { cut -d' ' -f1-3 /proc/loadavg; }

wait_ready() { # $1 port, $2 seconds
  for _ in $(seq "$2"); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/api/ready")" = 200 ] && return 0
    sleep 1
  done
  echo "node on port $1 not ready after $2 s" >&2; return 1
}

# The live heap after a full collection, in MB (jcmd's GC.heap_info "used" after GC.run).
heap_mb() {
  "$JAVA_HOME/bin/jcmd" "$1" GC.run > /dev/null
  sleep 1
  "$JAVA_HOME/bin/jcmd" "$1" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | tr -dc '0-9' | awk '{printf "%.1f", $1/1024}'
}

start_node() { # $1 name, $2 port, $3 management port, extra environment after
  local name=$1 port=$2 management=$3; shift 3
  env "$@" CONVERGENCES_DATA_DIR="$WORK/$name" CONVERGENCES_PUBLIC_URL=http://127.0.0.1:$PROXY CONVERGENCES_TRUSTED_PROXIES=127.0.0.1 \
    CONVERGENCES_RATE_LIMIT_ENABLED=false CONVERGENCES_MANAGEMENT_PORT="$management" \
    "$JAVA" -Xms2g -Xmx2g -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError -jar "$WORK/convergences.jar" serve --port "$port" \
    > "$WORK/$name.log" 2>&1 &
  STARTED=$!
  PIDS+=("$STARTED")
}

gatling() { # $1 label, then -D settings
  local label=$1; shift
  echo "gatling $label: $*" >> "$REPORT"
  ./mvnw -q -f load/pom.xml gatling:test -Dload.description="$label" "$@" > "$WORK/gatling-$label.log" 2>&1 || true
  local run; run=$(ls -td load/target/gatling/*/ | head -1)
  cp -r "$run" "$WORK/gatling-$label"
  python3 load/figures.py "$WORK/gatling-$label" "$label" | tee -a "$REPORT"
}

say "# Launch-day load, $(date -u +%FT%TZ), $(nproc) cores, load average at start $(load_average)"
start_node node1 $PORT1 19481 CONVERGENCES_DEMO_ENABLED=true
NODE1=$STARTED
wait_ready $PORT1 600
say "node 1 ready (pid $NODE1), load average $(load_average)"
BASE_HEAP=$(heap_mb "$NODE1")
say "heap of node 1 after a full collection, no session: $BASE_HEAP MB"

if [[ $SKIP != *" chromium "* ]]; then
  for page in "consultations/1" "contributions/2" "recherche?q=m%C3%A9decin"; do
    before=$(heap_mb "$NODE1")
    for i in $(seq "$PAGES"); do
      profile=$(mktemp -d)
      timeout 60 chromium --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --user-data-dir="$profile" \
        --virtual-time-budget=15000 --dump-dom "http://127.0.0.1:$PORT1/$page" > "$WORK/chromium.html" 2>/dev/null || true
      rm -rf "$profile"
    done
    grep -q 'main-content' "$WORK/chromium.html" || echo "warning: Chromium's last page of $page has no main content" >&2
    after=$(heap_mb "$NODE1")
    say "Chromium, $PAGES sessions on /$page: heap $before -> $after MB, $(awk -v a="$after" -v b="$before" -v n="$PAGES" 'BEGIN{printf "%.0f", (a-b)*1024/n}') KB per session, load average $(load_average)"
  done
fi

if [[ $SKIP != *" hold "* ]]; then
  before=$(heap_mb "$NODE1")
  gatling hold-"$RESIDENTS" -Dload.base=http://127.0.0.1:$PORT1 -Dload.mode=hold -Dload.residents="$RESIDENTS" -Dload.ramp="$RAMP"
  after=$(heap_mb "$NODE1")
  sessions=$(curl -s http://127.0.0.1:19481/metrics | awk '/^convergences_vaadin_sessions /{print $2}')
  say "hold: $RESIDENTS residents arrived over $RAMP s; Vaadin sessions open: $sessions; heap $before -> $after MB after a full collection, $(awk -v a="$after" -v b="$before" -v n="$RESIDENTS" 'BEGIN{printf "%.0f", (a-b)*1024/n}') KB per resident; load average $(load_average)"
fi

DOUBLE=$(awk -v r="$RATE" 'BEGIN{print r*2}')
if [[ $SKIP != *" one-node "* ]]; then
  gatling "one-node-${RATE}per-s" -Dload.base=http://127.0.0.1:$PORT1 -Dload.rate="$RATE" -Dload.duration="$DURATION"
  gatling "one-node-${DOUBLE}per-s" -Dload.base=http://127.0.0.1:$PORT1 -Dload.rate="$DOUBLE" -Dload.duration="$DURATION"
  say "node 1 heap after the mixed load: $(heap_mb "$NODE1") MB, load average $(load_average)"
fi

# Node 2 on node 1's embedded PostgreSQL (its port is in node 1's start-up log, its password in the credentials file).
PG_PORT=$(grep -o 'embedded PostgreSQL in .* on port [0-9]*' "$WORK/node1.log" | grep -o '[0-9]*$')
PG_PASSWORD=$(grep '^application.password=' "$WORK/node1/postgres.credentials" | cut -d= -f2-)
start_node node2 $PORT2 19482 DATASOURCES_DEFAULT_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" \
  DATASOURCES_DEFAULT_USERNAME=convergences DATASOURCES_DEFAULT_PASSWORD="$PG_PASSWORD"
NODE2=$STARTED
wait_ready $PORT2 600
say "node 2 ready (pid $NODE2), load average $(load_average)"
sed -e "s/127.0.0.1:8080/127.0.0.1:$PROXY/; s/127.0.0.1:8081/127.0.0.1:$PORT1/; s/127.0.0.1:8082/127.0.0.1:$PORT2/" \
  docs/operations/haproxy.cfg > "$WORK/haproxy.cfg"
haproxy -f "$WORK/haproxy.cfg" -db > "$WORK/haproxy.log" 2>&1 &
PIDS+=($!)
wait_ready $PROXY 30

gatling "two-nodes-${RATE}per-s" -Dload.base=http://127.0.0.1:$PROXY -Dload.rate="$RATE" -Dload.duration="$DURATION"
gatling "two-nodes-${DOUBLE}per-s" -Dload.base=http://127.0.0.1:$PROXY -Dload.rate="$DOUBLE" -Dload.duration="$DURATION"
say "sessions per node after the two-node runs: node 1 $(curl -s http://127.0.0.1:19481/metrics | awk '/^convergences_vaadin_sessions_started_total /{print $2}') started, node 2 $(curl -s http://127.0.0.1:19482/metrics | awk '/^convergences_vaadin_sessions_started_total /{print $2}') started"
say "done $(date -u +%FT%TZ), load average $(load_average)"
