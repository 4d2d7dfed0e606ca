#!/usr/bin/env bash
# The heap one Vaadin session costs while its page stays open in a real browser (docs/BENCHMARKS.md, "Launch-day load").
# One node (2 GB heap, demo data) on 127.0.0.1; for each page, LOAD_PAGES headless Chromium browsers, each with its own
# profile (so its own session), open the page and keep it open; the node's live heap after a full collection is read
# before and once every browser's UI is built; then the browsers are closed. One browser per page first warms the
# node up (classes, caches, the first search), so that the figure is what one more visitor costs.
# Run from the project's root after ./mvnw -DskipTests package:  bash load/session-memory.sh
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
PAGES=${LOAD_PAGES:-8}
PORT=18491
WORK=target/session-memory
REPORT=$WORK/figures.md
rm -rf "$WORK" && mkdir -p "$WORK"
# The node runs its own copy of the jar: a build meanwhile must not change the classes under a running JVM.
cp target/convergences.jar "$WORK/convergences.jar" && cp -r target/lib "$WORK/lib"
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT
say() { echo "$*" | tee -a "$REPORT"; }
load_average() { cut -d' ' -f1-3 /proc/loadavg; }
heap_mb() {
  "$JAVA_HOME/bin/jcmd" "$1" GC.run > /dev/null
  sleep 1
  "$JAVA_HOME/bin/jcmd" "$1" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | tr -dc '0-9' | awk '{printf "%.1f", $1/1024}'
}
metric() { curl -s http://127.0.0.1:19491/metrics | awk -v m="$1" '$1 == m {print $2}'; }

CONVERGENCES_DATA_DIR="$WORK/node" CONVERGENCES_DEMO_ENABLED=true CONVERGENCES_MANAGEMENT_PORT=19491 \
  "$JAVA" -Xms2g -Xmx2g -XX:+UseG1GC -jar "$WORK/convergences.jar" serve --port "$PORT" > "$WORK/node.log" 2>&1 &
NODE=$!
PIDS+=("$NODE")
for _ in $(seq 600); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/api/ready")" = 200 ] && break
  sleep 1
done

# Opens $2 browsers on page $1 and leaves them open; their pids in BROWSERS.
open_browsers() {
  BROWSERS=()
  for _ in $(seq "$2"); do
    profile=$(mktemp -d -p "$WORK")
    chromium --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --user-data-dir="$profile" \
      --remote-debugging-port=0 "http://127.0.0.1:$PORT/$1" > /dev/null 2>&1 &
    BROWSERS+=($!)
    PIDS+=($!)
  done
}
# Waits until the node has started $1 sessions in all, then for its UIs to settle (the last navigation round trip).
await_sessions() {
  for _ in $(seq 300); do
    started=$(metric convergences_vaadin_sessions_started_total)
    [ "${started%.*}" -ge "$1" ] && break
    sleep 1
  done
  sleep 20
}
close_browsers() { for pid in "${BROWSERS[@]}"; do kill "$pid" 2>/dev/null || true; done; sleep 5; }

say "# Vaadin session memory with headless Chromium, $(date -u +%FT%TZ), $(nproc) cores, load average $(load_average)"
PAGES_LIST=("consultations/1" "contributions/2" "recherche?q=m%C3%A9decin")
expected=0
for page in "${PAGES_LIST[@]}"; do
  open_browsers "$page" 1
  expected=$((expected + 1))
  await_sessions "$expected"
  close_browsers
done
say "node warmed up (one browser per page, closed), heap $(heap_mb "$NODE") MB"
for page in "${PAGES_LIST[@]}"; do
  before=$(heap_mb "$NODE")
  open_browsers "$page" "$PAGES"
  expected=$((expected + PAGES))
  await_sessions "$expected"
  open=$(metric convergences_vaadin_sessions)
  after=$(heap_mb "$NODE")
  say "/$page: $PAGES browsers open ($open sessions on the node), heap $before -> $after MB after a full collection: $(awk -v a="$after" -v b="$before" -v n="$PAGES" 'BEGIN{printf "%.0f", (a-b)*1024/n}') KB per open page; load average $(load_average)"
  close_browsers
  say "  browsers closed: heap $(heap_mb "$NODE") MB, $(metric convergences_vaadin_sessions) sessions open"
done
"$JAVA_HOME/bin/jcmd" "$NODE" GC.class_histogram > "$WORK/histogram.txt" 2>/dev/null || true
say "done $(date -u +%FT%TZ)"
