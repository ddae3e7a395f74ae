#!/usr/bin/env bash
# Replication on this machine (docs/BENCHMARKS.md, "Replication"), on the loopback cluster of scripts/cluster.sh:
#   1. the writer (unld ingest --publish, batches of --batch-size documents) ingests a scaled corpus of N documents while
#      replica A follows it live: the writer's ingest rate, and the delay from each patch's commit on the writer to
#      its commit on replica A (median and 99th percentile, from A's /$/status);
#   2. replica B starts from an empty store once the ingest is over and applies the whole topic: its apply rate, against
#      the writer's ingest rate (B's time includes its JVM start);
#   3. the SPARQL query mix of bench/run.sh through nginx over replica A alone and through nginx over A and B, in
#      alternating slices at 1, 8 and 32 clients: the throughput ratio of two replicas to one.
# Every process shares this machine's cores: on one machine, two replicas split the same CPUs; docs/SCALING.md says
# what the figures predict for replicas on machines of their own.
#
# usage: bench/replication.sh [--docs N] [--batch-size B] [--seconds S]
#   --docs N        documents in the scaled corpus (default 10000; bench/run.sh's corpus of that size is reused)
#   --batch-size B  documents per patch (default 100)
#   --seconds S     measuring time of each load level (default 10)
# Needs wrk and GNU time (apt-get install wrk time), nginx (scripts/cluster.sh installs it), ../shared/corpus.
set -euo pipefail
cd "$(dirname "$0")/.."

DOCS=10000
BATCH=100
SECONDS_PER_LEVEL=10
while [ $# -gt 0 ]; do
  case "$1" in
    --docs) DOCS=$2; shift 2 ;;
    --batch-size) BATCH=$2; shift 2 ;;
    --seconds) SECONDS_PER_LEVEL=$2; shift 2 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see bench/replication.sh --help)" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "bench/replication.sh needs wrk (apt-get install wrk)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench/replication.sh needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

OUT=bench/out/replication-$DOCS
JAR=target/unld.jar
export CLUSTER_DIR="$PWD/$OUT/cluster" CLUSTER_WRITER=none REPLICA_PORTS="${REPLICA_A_PORT:-13031}"
REPLICA_B_PORT=${REPLICA_B_PORT:-13032}
ONE=${ONE_REPLICA_NGINX_PORT:-18081}
TWO=${TWO_REPLICAS_NGINX_PORT:-18082}
TOPIC="kafka://127.0.0.1:${KAFKA_PORT:-19092}/unld"
started=$(date +%s)
log() { printf '[%4ds] %s\n' $(( $(date +%s) - started )) "$*"; }
status() { curl -sf "http://localhost:$1/\$/status"; }
json() { python3 -c "import json, sys; d = json.load(sys.stdin); print($1)"; }

if [ ! -f "$JAR" ] || [ -n "$(find src/main pom.xml fuseki-config shapes ontology queries -newer "$JAR" -type f 2>/dev/null | head -1)" ]; then
  log "building $JAR"
  mvn -B -q package -DskipTests
fi
mvn -B -q test-compile
CP="target/test-classes:$JAR"

mkdir -p "$OUT"
CORPUS=bench/out/run-$DOCS/corpus
if [ "$(find "$CORPUS" -type f 2>/dev/null | wc -l)" -ne "$DOCS" ]; then
  CORPUS=$OUT/corpus
  if [ "$(find "$CORPUS" -type f 2>/dev/null | wc -l)" -ne "$DOCS" ]; then
    log "writing the scaled corpus of $DOCS documents to $CORPUS"
    rm -rf "$CORPUS"
    java -cp "$CP" org.w3id.unld.bench.ScaledCorpus ../shared/corpus "$CORPUS" "$DOCS" > /dev/null
  fi
fi

scripts/cluster.sh down >/dev/null 2>&1 || true
rm -rf "$CLUSTER_DIR" "$OUT/writer" "$OUT/load"
trap 'scripts/cluster.sh down >/dev/null 2>&1 || true' EXIT
log "cluster: broker, replica A on ${REPLICA_PORTS}, no writer server (scripts/cluster.sh up)"
scripts/cluster.sh up 2> "$OUT/cluster.log"

# --- 1. ingest on the writer, replica A following ----------------------------------------------------------
log "writer: unld ingest --publish --batch-size $BATCH of $DOCS documents, replica A following"
/usr/bin/time -f "%e %U %S" -o "$OUT/ingest.time" java -jar "$JAR" ingest --no-dump --db "$OUT/writer" \
  --batch-size "$BATCH" --publish "$TOPIC" "$CORPUS" > "$OUT/ingest.out" 2> "$OUT/ingest.err" || [ $? -le 1 ] \
  || { tail -5 "$OUT/ingest.err" >&2; exit 1; }
read -r wall user sys < "$OUT/ingest.time"
stored=$(sed -n -E 's/.*stored ([0-9]+) document.*/\1/p' "$OUT/ingest.out" | head -1)
patches=$(sed -n -E 's/^published ([0-9]+) patch.*/\1/p' "$OUT/ingest.out")
last=$(sed -n -E 's/^H id <uuid:([^>]*)>.*/\1/p' "$(ls "$OUT"/writer/patches/*.rdfp | sort | tail -1)" | head -1)
for _ in $(seq 1 1200); do
  [ "$(status "$REPLICA_PORTS" | json 'd["lastPatch"]')" = "$last" ] && break
  sleep 0.5
done
[ "$(status "$REPLICA_PORTS" | json 'd["lastPatch"]')" = "$last" ] || { echo "replica A did not reach the writer's last patch $last" >&2; exit 1; }
status "$REPLICA_PORTS" > "$OUT/replica-a.status.json"
delay=$(json '"%d patches, p50 %d ms, p99 %d ms, max %d ms" % tuple(d["delay"][k] for k in ("patches", "p50Millis", "p99Millis", "maxMillis"))' < "$OUT/replica-a.status.json")
writer_rate=$(awk -v n="$stored" -v w="$wall" 'BEGIN { printf "%.1f", n / w }')

# --- 2. a new replica applies the whole topic ----------------------------------------------------------------
log "replica B on $REPLICA_B_PORT from an empty store"
scripts/cluster.sh replica "$REPLICA_B_PORT" 2> "$OUT/replica-b.log"
caught_ms=$(sed -n -E 's/.*caught up in ([0-9]+) ms.*/\1/p' "$OUT/replica-b.log")
apply_rate=$(awk -v n="$stored" -v ms="$caught_ms" 'BEGIN { printf "%.1f", n / (ms / 1000) }')

# --- 3. SPARQL through nginx over one replica and over two ------------------------------------------------------
# The replicas rewrite their dumps once the stream is quiet: measured after that, not while it runs.
for _ in $(seq 1 600); do
  ls "$CLUSTER_DIR"/replica-*/dumps-stale >/dev/null 2>&1 || break
  sleep 1
done
# The load generator is one address playing 32 clients: nginx lets it have them all at once.
export NGINX_MAX_PER_CLIENT=64
scripts/cluster.sh balance "$ONE" "$REPLICA_PORTS" 2>> "$OUT/cluster.log"
scripts/cluster.sh balance "$TWO" "$REPLICA_PORTS" "$REPLICA_B_PORT" 2>> "$OUT/cluster.log"
log "SPARQL query mix through nginx: one replica (:$ONE) against two replicas (:$TWO), alternating slices"
: > "$OUT/load.results"
java -cp "$CP" org.w3id.unld.bench.LoadGenerator "http://localhost:$ONE" 1-rep --against "http://localhost:$TWO" 2-reps \
  sparql 1,8,32 "$SECONDS_PER_LEVEL" 200000 "$OUT/load" "$OUT/load.results" 2>> "$OUT/load.err" | tee "$OUT/load.out"
scripts/cluster.sh down 2>> "$OUT/cluster.log"
trap - EXIT

echo
echo "replication, $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD), $(nproc) cores:"
echo "  bench/replication.sh --docs $DOCS --batch-size $BATCH --seconds $SECONDS_PER_LEVEL"
echo "  writer ingest (--publish): $stored documents in $wall s wall ($(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }') s CPU), $patches patches: $writer_rate documents/s"
echo "  replica A, following live: delay from the writer's commit to the replica's: $delay"
echo "  replica B, from empty: the whole topic applied in $caught_ms ms (JVM start included): $apply_rate documents/s = $(awk -v a="$apply_rate" -v w="$writer_rate" 'BEGIN { printf "%.2f", a / w }')x the writer's ingest rate"
for c in 1 8 32; do
  one=$(sed -n "s/^1-rep.sparql.$c.rps=//p" "$OUT/load.results")
  two=$(sed -n "s/^2-reps.sparql.$c.rps=//p" "$OUT/load.results")
  echo "  SPARQL mix through nginx, $c client(s): one replica $one/s, two replicas $two/s = $(awk -v a="$two" -v b="$one" 'BEGIN { printf "%.2f", a / b }')x"
done
