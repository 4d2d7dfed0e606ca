#!/usr/bin/env bash
# The heap one Vaadin session costs while its page stays open in a real browser (docs/BENCHMARKS.md, "Launch-day load").
# One node (2 GB heap, demo data) on 127.0.0.1; for each page, LOAD_PAGES headless Chromium browsers, each with its own
# profile (so its own session), open the page and keep it open. The node's live objects (a class histogram, which
# counts only what is reachable after a full collection) are read before, once every browser's UI is built (its
# connections still open), and again once Jetty has closed the idle connections (the page only held open, as by a
# reader); then the browsers are closed. One browser per page first warms the node up (classes, caches, the first
# search), so that the figure is what one more visitor costs.
# LOAD_VARIANTS runs the same measurement on several nodes one after the other, each "label:ENV=value,ENV=value", to
# compare settings side by side in one run (e.g. "former:CONVERGENCES_WEB_HEADER_CACHE_SIZE=1024 new:").
# LOAD_PAGE_LIST="consultations/1" measures one page kind; LOAD_HEAP_DUMP=1 keeps a heap dump with the pages open.
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
# The heap in use one second after a full collection (the measure of the first round): it also counts what the node
# allocated during that second, so it says more about the machine's load than about what the pages hold.
heap_mb() {
  "$JAVA_HOME/bin/jcmd" "$1" GC.run > /dev/null
  sleep 1
  "$JAVA_HOME/bin/jcmd" "$1" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | tr -dc '0-9' | awk '{printf "%.1f", $1/1024}'
}
# The live objects by class, written to $2, and their total in MB.
live_mb() {
  "$JAVA_HOME/bin/jcmd" "$1" GC.class_histogram > "$2"
  awk '$1 == "Total" {printf "%.1f", $3 / 1048576}' "$2"
}
# The classes whose live bytes grew most between histograms $1 and $2: where an open page's memory goes.
growth() {
  awk 'FNR == NR && $1 ~ /^[0-9]+:$/ {bytes[$4] = $3; count[$4] = $2; next}
       $1 ~ /^[0-9]+:$/ {printf "%d %d %s\n", $3 - bytes[$4], $2 - count[$4], $4}' "$1" "$2" \
    | sort -rn | awk -v n="${3:-12}" 'NR <= n' | awk '{printf "    %+9.1f KB %+8d instances  %s\n", $1 / 1024, $2, $3}'
}
per_page() { awk -v a="$2" -v b="$1" -v n="$PAGES" 'BEGIN{printf "%.0f", (a-b)*1024/n}'; }
metric() { curl -s http://127.0.0.1:19491/metrics | awk -v m="$1" '$1 == m {print $2}'; }

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
    [ "${started%.*}" -ge "$1" ] 2>/dev/null && break
    sleep 1
  done
  sleep 20
}
close_browsers() { for pid in "${BROWSERS[@]}"; do kill "$pid" 2>/dev/null || true; done; sleep 5; }

# One node with the environment $2 (comma-separated assignments), measured on every page of PAGES_LIST.
measure_node() {
  local label=$1 settings=$2 dir="$WORK/$1"
  mkdir -p "$dir"
  local environment=()
  IFS=',' read -ra environment <<< "$settings"
  env "${environment[@]}" CONVERGENCES_DATA_DIR="$WORK/node" CONVERGENCES_DEMO_ENABLED=true CONVERGENCES_MANAGEMENT_PORT=19491 \
    "$JAVA" -Xms2g -Xmx2g -XX:+UseG1GC -jar "$WORK/convergences.jar" serve --port "$PORT" > "$dir/node.log" 2>&1 &
  local node=$!
  PIDS+=("$node")
  for _ in $(seq 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/api/ready")" = 200 ] && break
    sleep 1
  done
  say "## $label (${settings:-defaults}), $(date -u +%FT%TZ), load average $(load_average)"
  local expected=0 page name
  for page in "${PAGES_LIST[@]}"; do
    open_browsers "$page" 1
    expected=$((expected + 1))
    await_sessions "$expected"
    close_browsers
  done
  for page in "${PAGES_LIST[@]}"; do
    name=$(echo "$page" | tr -c 'a-z0-9\n' '-' | cut -c1-20)
    local before live_before after live_open live_idle
    before=$(heap_mb "$node")
    live_before=$(live_mb "$node" "$dir/histogram-$name-before.txt")
    open_browsers "$page" "$PAGES"
    expected=$((expected + PAGES))
    await_sessions "$expected"
    after=$(heap_mb "$node")
    live_open=$(live_mb "$node" "$dir/histogram-$name-open.txt")
    # Jetty closes a connection after 30 s without a request; the pages stay open (a heartbeat every 5 minutes).
    sleep 35
    live_idle=$(live_mb "$node" "$dir/histogram-$name-idle.txt")
    say "/$page: $PAGES browsers open ($(metric convergences_vaadin_sessions) sessions on the node), load average $(load_average)"
    say "  live objects, connections open: $live_before -> $live_open MB, $(per_page "$live_before" "$live_open") KB per open page"
    say "  live objects, connections closed (page held open): $live_before -> $live_idle MB, $(per_page "$live_before" "$live_idle") KB per open page"
    say "  heap used 1 s after a full collection (the first round's measure): $before -> $after MB, $(per_page "$before" "$after") KB per open page"
    say "  live bytes grown most, connections open:"
    growth "$dir/histogram-$name-before.txt" "$dir/histogram-$name-open.txt" | tee -a "$REPORT"
    if [ -n "${LOAD_HEAP_DUMP:-}" ]; then "$JAVA_HOME/bin/jcmd" "$node" GC.heap_dump "$PWD/$dir/heap-$name.hprof" > /dev/null; fi
    close_browsers
    say "  browsers closed: live objects $(live_mb "$node" "$dir/histogram-$name-closed.txt") MB"
  done
  kill "$node"
  wait "$node" 2>/dev/null || true
}

say "# Vaadin session memory with headless Chromium, $(date -u +%FT%TZ), $(nproc) cores, load average $(load_average)"
read -ra PAGES_LIST <<< "${LOAD_PAGE_LIST:-consultations/1 contributions/2 recherche?q=m%C3%A9decin}"
for variant in ${LOAD_VARIANTS:-current:}; do
  measure_node "${variant%%:*}" "${variant#*:}"
done
say "done $(date -u +%FT%TZ)"
