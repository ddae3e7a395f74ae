#!/usr/bin/env bash
# Bytes per stored quad of an unld store, before and after `unld compact`, against a store that TDB2's bulk loader
# builds from the same quads (docs/BENCHMARKS.md, "Compaction").
#
# usage: bench/compact.sh [--docs N | --corpus DIR] [--batch-size N]
#   --docs N        a scaled corpus of N documents (bench/out/compact-N/corpus, made by ScaledCorpus; kept and reused)
#   --corpus DIR    ingest DIR as it is instead
#   --batch-size N  unld ingest's documents per transaction (default: ingest's own)
# The store is ingested with --no-compact, measured, compacted with `unld compact`, measured again. Sizes are what du
# counts (blocks, not the sparse lengths of TDB2's mapped files) of the TDB2 folder alone (the loader builds no text
# index), and StoreSpace's measure of the generation (bench/../StoreSize).
set -euo pipefail
cd "$(dirname "$0")/.."

DOCS=
CORPUS=
BATCH=()
while [ $# -gt 0 ]; do
  case "$1" in
    --docs) DOCS=$2; shift 2 ;;
    --corpus) CORPUS=$2; shift 2 ;;
    --batch-size) BATCH=(--batch-size "$2"); shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see bench/compact.sh --help)" >&2; exit 2 ;;
  esac
done
[ -n "$DOCS$CORPUS" ] || { echo "give --docs N or --corpus DIR" >&2; exit 2; }

JAR=target/unld.jar
if [ ! -f "$JAR" ] || [ -n "$(find src/main pom.xml fuseki-config shapes ontology queries -newer "$JAR" -type f 2>/dev/null | head -1)" ]; then
  mvn -B -q -o package -DskipTests
fi
mvn -B -q -o test-compile
CP="target/test-classes:$JAR"
OUT=bench/out/compact-${DOCS:-$(basename "$CORPUS")}
mkdir -p "$OUT"
started=$(date +%s)
log() { printf '[%4ds] %s\n' $(( $(date +%s) - started )) "$*"; }
if [ -n "$DOCS" ]; then
  CORPUS=$OUT/corpus
  if [ "$(find "$CORPUS" -type f 2>/dev/null | wc -l)" -ne "$DOCS" ]; then
    log "writing a scaled corpus of $DOCS documents to $CORPUS"
    rm -rf "$CORPUS"
    java -cp "$CP" org.w3id.unld.bench.ScaledCorpus ../shared/corpus "$CORPUS" "$DOCS" > /dev/null
  fi
fi
DB=$OUT/store
rm -rf "$DB" "$OUT/loader" "$OUT/quads.nq"
du_b() { du -s -B1 "$1" | cut -f1; }

echo "date $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD), corpus $CORPUS, load average $(cut -d' ' -f1-3 /proc/loadavg)"
log "unld ingest --no-dump --no-compact ${BATCH[*]}"
/usr/bin/time -f "ingest: %e s wall" java -jar "$JAR" ingest --no-dump --no-compact "${BATCH[@]}" --db "$DB" --progress-every 60 "$CORPUS" \
  > "$OUT/ingest.out" 2> "$OUT/ingest.err" || [ $? -eq 1 ]
head -1 "$OUT/ingest.out"; tail -1 "$OUT/ingest.err"
java -cp "$CP" org.w3id.unld.bench.StoreQuads "$DB" "$OUT/quads.nq" 2> /dev/null
QUADS=$(wc -l < "$OUT/quads.nq")
UNLD_BEFORE=$(du_b "$DB/tdb2"); TEXT=$(du_b "$DB/text-index")
SPACE_BEFORE=$(java -cp "$CP" org.w3id.unld.bench.StoreSize "$DB/tdb2" 2> /dev/null)
log "TDB2 bulk loader on the same $QUADS quads"
java -cp "$CP" org.w3id.unld.bench.LoaderBaseline "$OUT/quads.nq" "$OUT/loader" 2> /dev/null
LOADER=$(du_b "$OUT/loader"); SPACE_LOADER=$(java -cp "$CP" org.w3id.unld.bench.StoreSize "$OUT/loader" 2> /dev/null)
log "unld compact"
/usr/bin/time -f "compact: %e s wall, %M KB peak RSS" java -jar "$JAR" compact --db "$DB" --progress-every 60 > "$OUT/compact.out" 2> "$OUT/compact.err"
cat "$OUT/compact.out"; tail -1 "$OUT/compact.err"
UNLD_AFTER=$(du_b "$DB/tdb2"); SPACE_AFTER=$(java -cp "$CP" org.w3id.unld.bench.StoreSize "$DB/tdb2" 2> /dev/null)
rm -rf "$OUT/loader" "$OUT/quads.nq"

echo "quads stored: $QUADS; text index: $TEXT bytes (du)"
row() { awk -v n="$1" -v b="$2" -v q="$QUADS" -v l="$LOADER" -v s="$3" 'BEGIN { printf "%-32s %14d bytes  %7.1f bytes/quad  %5.2f x loader   StoreSpace: %s\n", n, b, b / q, b / l, s }'; }
row "unld ingest (before compaction)" "$UNLD_BEFORE" "$SPACE_BEFORE"
row "unld ingest + unld compact" "$UNLD_AFTER" "$SPACE_AFTER"
row "TDB2 bulk loader" "$LOADER" "$SPACE_LOADER"
