#!/usr/bin/env bash
# unld's benchmarks in one run, each figure beside its baseline (docs/BENCHMARKS.md, "Ingest, SPARQL, dereferencing"):
#   1. extraction documents/s, one thread and all cores       (bench/extract.sh, when the branch has it)
#   2. ingest end to end (read → extract → map → validate → store) of a scaled corpus of N documents,
#      against TDB2's bulk loader (LoaderFactory, the phased loader) loading the same quads into a fresh store
#   3. SPARQL: a fixed query mix at 1, 8 and 32 clients, unld serve against stock Fuseki on the same store
#   4. dereferencing /id/… to Turtle and to HTML at 8 clients (303 then the description)
#   5. peak RSS of unld serve after that load
#   6. unld dump of the same store, against Jena's streaming N-Quads writer (bench/JenaDumpBaseline.java),
#      256 MB heap, when the branch has the dump stage
# Prints every figure with its baseline and ratio, and writes them into docs/BENCHMARKS.md.
#
# usage: bench/run.sh [--docs N] [--seconds S] [--no-docs-update]
#   --docs N       documents in the scaled corpus (default 10000; 100000 works, and takes far longer)
#   --seconds S    measuring time of each load level (default 10); every level also stops after 200,000 requests
#   --dump-heap H  Java heap of the dump and of its baseline (default 256m)
#   --serve-only   measure 3-5 only, on the store an earlier run with the same --docs left in bench/out/run-N/store
#   JAVA_OPTS      JVM options, the same for unld and for every baseline (default: none)
# Everything runs on loopback; work files go to bench/out/run-N/ (the corpus is kept and reused).
# Needs /usr/bin/time and wrk (apt-get install time wrk).
set -euo pipefail
cd "$(dirname "$0")/.."

DOCS=10000
SECONDS_PER_LEVEL=10
DUMP_HEAP=256m
SERVE_ONLY=0
UPDATE_DOCS=1
while [ $# -gt 0 ]; do
  case "$1" in
    --docs) DOCS=$2; shift 2 ;;
    --seconds) SECONDS_PER_LEVEL=$2; shift 2 ;;
    --dump-heap) DUMP_HEAP=$2; shift 2 ;;
    --serve-only) SERVE_ONLY=1; shift ;;
    --no-docs-update) UPDATE_DOCS=0; shift ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see bench/run.sh --help)" >&2; exit 2 ;;
  esac
done
MAX_REQUESTS=200000
JAVA_OPTS=${JAVA_OPTS:-}
[ -x /usr/bin/time ] || { echo "bench/run.sh needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
# The load generator drives wrk; without it the run would stop at the SPARQL step, after the long ingest.
command -v wrk > /dev/null || { echo "bench/run.sh needs wrk, the HTTP load generator (apt-get install wrk)" >&2; exit 2; }

OUT=bench/out/run-$DOCS
# The base the store's IRIs are minted under (ingest's default). serve must answer for it: by default, serve with
# --port 0 takes http://localhost:PORT/ for the port it picks, whose /id/… would not be the store's IRIs, and every
# dereference would fail.
BASE=http://localhost:3030/
RESULTS=$OUT/results.txt
JAR=target/unld.jar
mkdir -p "$OUT"
: > "$RESULTS"
started=$(date +%s)
log() { printf '[%4ds] %s\n' $(( $(date +%s) - started )) "$*"; }
put() { echo "$1=$2" >> "$RESULTS"; }

# --- build ------------------------------------------------------------------------------------------------
if [ ! -f "$JAR" ] || [ -n "$(find src/main pom.xml fuseki-config shapes ontology queries -newer "$JAR" -type f 2>/dev/null | head -1)" ]; then
  log "building $JAR"
  mvn -B -q package -DskipTests
fi
mvn -B -q test-compile
CP="target/test-classes:$JAR"
# shellcheck disable=SC2206
JAVA=(java $JAVA_OPTS)

# measure NAME MAX_EXIT COMMAND…: runs COMMAND under GNU time (output to $OUT/NAME.out); an exit code above
# MAX_EXIT fails the run; records wall and CPU seconds and peak RSS
measure() {
  local name=$1 max_exit=$2 status=0
  shift 2
  /usr/bin/time -f "%e %U %S %M" -o "$OUT/$name.time" "$@" > "$OUT/$name.out" 2> "$OUT/$name.err" || status=$?
  if [ "$status" -gt "$max_exit" ]; then
    echo "$name failed (exit $status):" >&2; tail -5 "$OUT/$name.err" >&2; exit 1
  fi
  read -r wall user sys rss < <(tail -1 "$OUT/$name.time")
  put "$name.wall" "$wall"
  put "$name.cpu" "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')"
  put "$name.rss_mb" "$((rss / 1024))"
}

put machine.cores "$(nproc)"
put machine.memory_gb "$(awk '/MemTotal/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo)"
put machine.cpu "$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
put machine.java "$(java -version 2>&1 | head -1 | sed 's/"//g')"
put machine.load_before "$(cut -d' ' -f1-3 /proc/loadavg)"
put run.date "$(date -u +%Y-%m-%dT%H:%MZ)"
put run.command "bench/run.sh --docs $DOCS --seconds $SECONDS_PER_LEVEL$([ "$SERVE_ONLY" = 1 ] && echo " --serve-only")${JAVA_OPTS:+ (JAVA_OPTS=$JAVA_OPTS)}"
put run.docs "$DOCS"
put run.commit "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"

DB=$OUT/store
if [ "$SERVE_ONLY" = 1 ]; then
  [ -d "$DB/tdb2" ] || { echo "--serve-only needs the store of an earlier run in $DB" >&2; exit 2; }
  log "serve only: reusing the store in $DB"
else
# --- corpus -----------------------------------------------------------------------------------------------
CORPUS=$OUT/corpus
if [ "$(find "$CORPUS" -type f 2>/dev/null | wc -l)" -ne "$DOCS" ]; then
  log "writing the scaled corpus of $DOCS documents to $CORPUS"
  rm -rf "$CORPUS"
  "${JAVA[@]}" -cp "$CP" org.w3id.unld.bench.ScaledCorpus ../shared/corpus "$CORPUS" "$DOCS" > /dev/null
fi
put corpus.mb "$(du -sm "$CORPUS" | cut -f1)"

# --- 1. extraction ----------------------------------------------------------------------------------------
if [ -x bench/extract.sh ]; then
  log "extraction (bench/extract.sh ../shared/corpus 3)"
  bench/extract.sh ../shared/corpus 3 > "$OUT/extract.out" 2> "$OUT/extract.err" || { tail -5 "$OUT/extract.err" >&2; exit 1; }
  # "text, read + parse, 2 threads   1485 docs in 1.234 s = 1203 docs/s wall (...)": keep what/docs/s pairs.
  grep 'docs/s' "$OUT/extract.out" | sed -E 's/^(.*[^ ]) +[0-9]+ docs in .* = +([0-9.]+) docs\/s wall.*/\1|\2/' \
    | while IFS='|' read -r what rate; do put "extract.$(echo "$what" | tr -c 'a-zA-Z0-9\n' '_')" "$rate"; echo "$what|$rate" >> "$OUT/extract.rates"; done
else
  log "extraction: bench/extract.sh is not in this branch yet (branch parse); skipped"
fi

# --- 2. ingest against the TDB2 bulk loader ---------------------------------------------------------------
DB=$OUT/store
rm -rf "$DB" "$OUT/loader" "$OUT/quads.nq"
# Ingest end to end is read → extract → map → validate → store; the dumps are measured on their own below.
NO_DUMP=
java -jar "$JAR" ingest --help | grep -q -- '--no-dump' && NO_DUMP=--no-dump
log "ingest of $DOCS documents (unld ingest $NO_DUMP)"
# Exit code 1 says some documents were rejected (the scaled corpus has a few the shapes refuse).
measure ingest 1 "${JAVA[@]}" -jar "$JAR" ingest $NO_DUMP --base "$BASE" --db "$DB" --progress-every 30 "$CORPUS"
summary=$(head -1 "$OUT/ingest.out")   # read N files: stored D documents (T triples), rejected R
put ingest.stored "$(echo "$summary" | sed -E 's/.*stored ([0-9]+) document.*/\1/')"
put ingest.triples "$(echo "$summary" | sed -E 's/.*\(([0-9]+) triples\).*/\1/')"
put ingest.rejected "$(echo "$summary" | sed -E 's/.*rejected ([0-9]+).*/\1/')"
"${JAVA[@]}" -cp "$CP" org.w3id.unld.bench.StoreQuads "$DB" "$OUT/quads.nq" 2> "$OUT/quads.err"
put store.quads "$(wc -l < "$OUT/quads.nq")"
log "TDB2 bulk loader on the same $(wc -l < "$OUT/quads.nq") quads"
measure loader 0 "${JAVA[@]}" -cp "$CP" org.w3id.unld.bench.LoaderBaseline "$OUT/quads.nq" "$OUT/loader"
put loader.quads "$(sed -n 's/^loaded \([0-9]*\) quads.*/\1/p' "$OUT/loader.out")"
rm -rf "$OUT/loader" "$OUT/quads.nq"

# --- 6. dump (before serving: unld serve would otherwise write the dumps as it starts) -------------------------
if java -jar "$JAR" dump --help 2>/dev/null | grep -q -- '--out' && [ -f bench/JenaDumpBaseline.java ]; then
  log "unld dump (-Xmx$DUMP_HEAP) and Jena's N-Quads writer (bench/JenaDumpBaseline.java) on the same store"
  mkdir -p "$OUT/classes"
  javac -d "$OUT/classes" -cp "$JAR" bench/JenaDumpBaseline.java
  put dump.heap "$DUMP_HEAP"
  measure dump 0 "${JAVA[@]}" -Xmx$DUMP_HEAP -jar "$JAR" dump --db "$DB"
  put dump.quads "$(sed -n 's/^dumped [0-9]* triples (\([0-9]*\) quads).*/\1/p' "$OUT/dump.out")"
  measure dumpbase 0 sh -c '"$@" > /dev/null' - "${JAVA[@]}" -Xmx$DUMP_HEAP -cp "$JAR:$OUT/classes" JenaDumpBaseline "$DB"
else
  log "dump: unld dump is not in this branch yet (branch dump); skipped"
fi
fi

# --- 3-5. SPARQL, dereferencing, peak RSS -------------------------------------------------------------------
SERVERS=()
stop_servers() {
  for pid in "${SERVERS[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
  done
  SERVERS=()
}
trap stop_servers EXIT
# start_server LOG PATTERN COMMAND…: starts COMMAND in the background and waits for PATTERN (which captures
# the port) in LOG; sets PORT and PID
start_server() {
  local logfile=$1 pattern=$2
  shift 2
  "$@" > "$logfile" 2>&1 &
  PID=$!
  SERVERS+=("$PID")
  for _ in $(seq 1 240); do
    PORT=$(sed -n -E "s/$pattern/\1/p" "$logfile" | head -1)
    if [ -n "$PORT" ]; then return 0; fi
    kill -0 "$PID" 2>/dev/null || { echo "the server did not start:" >&2; tail -5 "$logfile" >&2; exit 1; }
    sleep 0.5
  done
  echo "the server did not start within 2 minutes" >&2
  exit 1
}
load() { "${JAVA[@]}" -cp "$CP" org.w3id.unld.bench.LoadGenerator "$@" "$OUT/load" "$RESULTS" 2>> "$OUT/load.err"; }

# A TDB2 store is open in one process at a time: stock Fuseki serves a copy, so that both servers run at once
# and the load generator can alternate between them (the machine is shared; alternating slices see the same load).
# Only what Fuseki opens (the TDB2 database and the text index), not the journal and the dumps: at 100,000 documents
# those are 8 GB more to copy. Then the page cache is dropped, where the machine lets us: a copy just written is in the
# cache and the original may not be, which would favour stock Fuseki; both servers now start cold and warm up alike.
rm -rf "$OUT/store-stock"
mkdir -p "$OUT/store-stock"
for part in tdb2 text-index; do
  [ -e "$DB/$part" ] && cp -a "$DB/$part" "$OUT/store-stock/"
done
sync
if (echo 3 > /proc/sys/vm/drop_caches) 2> /dev/null; then put cache.dropped yes; else put cache.dropped no; fi
# Every client of the load generator comes from 127.0.0.1, which unld serve allows 8 requests at a time (429 beyond):
# the limit stays on, sized for 32 clients behind one address (as behind a proxy, docs/SCALING.md).
CLIENT_LIMIT=
java -jar "$JAR" serve --help | grep -q -- '--max-client-requests' && CLIENT_LIMIT="--max-client-requests 64"
start_server "$OUT/serve.log" '^  pages +http:\/\/localhost:([0-9]+)\/$' "${JAVA[@]}" -jar "$JAR" serve --db "$DB" --port 0 --base "$BASE" --no-samples $CLIENT_LIMIT
UNLD_PORT=$PORT UNLD_PID=$PID
start_server "$OUT/stock.log" '^stock Fuseki on port ([0-9]+)$' "${JAVA[@]}" -cp "$CP" org.w3id.unld.bench.StockFuseki "$OUT/store-stock" 0
STOCK_PORT=$PORT STOCK_PID=$PID
log "SPARQL query mix: unld serve against stock Fuseki (same config.ttl, same store), in alternating slices"
load "http://localhost:$UNLD_PORT" unld --against "http://localhost:$STOCK_PORT" stock sparql 1,8,32 "$SECONDS_PER_LEVEL" "$MAX_REQUESTS" | tee -a "$OUT/load.out"
kill "$STOCK_PID"; wait "$STOCK_PID" 2>/dev/null || true
rm -rf "$OUT/store-stock"
log "dereferencing /id/… on unld serve"
load "http://localhost:$UNLD_PORT" unld deref-ttl 1,8 "$SECONDS_PER_LEVEL" "$MAX_REQUESTS" | tee -a "$OUT/load.out"
load "http://localhost:$UNLD_PORT" unld deref-html 1,8 "$SECONDS_PER_LEVEL" "$MAX_REQUESTS" | tee -a "$OUT/load.out"
put serve.vmhwm_mb "$(awk '/VmHWM/ { printf "%d", $2 / 1024 }' "/proc/$UNLD_PID/status")"
put serve.rssanon_mb "$(awk '/RssAnon/ { printf "%d", $2 / 1024 }' "/proc/$UNLD_PID/status")"
stop_servers

put machine.load_after "$(cut -d' ' -f1-3 /proc/loadavg)"
put run.minutes "$(awk -v s=$(( $(date +%s) - started )) 'BEGIN { printf "%.1f", s / 60 }')"

# --- report -----------------------------------------------------------------------------------------------
report_args=("$RESULTS")
[ "$UPDATE_DOCS" = 1 ] && report_args+=(docs/BENCHMARKS.md)
echo
java -cp "$CP" org.w3id.unld.bench.BenchReport "${report_args[@]}"
