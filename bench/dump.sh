#!/usr/bin/env bash
# Dump benchmark (docs/BENCHMARKS.md, "Dumps"): builds a synthetic store of QUADS quads (default 6,000,000,
# about 5.1 million distinct triples in the union) with the TDB2 bulk loader, then, each with a 256 MB heap:
#   1. unld dump                          — the whole dump set (sorted N-Quads, union N-Triples/Turtle/JSON-LD,
#                                            linksets, ontology, shapes, VoID, SHA256SUMS)
#   2. JenaDumpBaseline > /dev/null       — Jena's streaming N-Quads writer over the same store, unsorted, in
#                                            process (what tdb2.tdbdump does), with the same TDB2 cache sizes
#   3. JenaDumpBaseline | gzip -6         — the same, compressed like unld's N-Quads file
#   4. tdb2.tdbdump                       — Jena's command as shipped (its default caches need a larger heap)
# and prints quads/s (wall and CPU), the ratios, and the peak RSS (GNU time; includes TDB2's memory-mapped files).
#
# usage: bench/dump.sh [QUADS]        (needs python3 and /usr/bin/time: apt-get install time)
set -euo pipefail
cd "$(dirname "$0")/.."

QUADS=${1:-6000000}
HEAP=${HEAP:-256m}
OUT=bench/out/dump
JAR=target/unld.jar

[ -f "$JAR" ] || mvn -B -q package -DskipTests
mkdir -p "$OUT/classes"
javac -d "$OUT/classes" -cp "$JAR" bench/JenaDumpBaseline.java
DB="$OUT/db-$QUADS"
if [ ! -d "$DB/tdb2" ]; then
  echo "generating $QUADS quads and bulk-loading them into $DB/tdb2…"
  python3 bench/gen-quads.py "$QUADS" > "$OUT/data.nq"
  java -Xmx2g -cp "$JAR" tdb2.tdbloader --loader=parallel --loc "$DB/tdb2" "$OUT/data.nq" >/dev/null
  rm -f "$OUT/data.nq"
fi

# measure NAME OUTFILE COMMAND…: runs COMMAND with stdout to OUTFILE under GNU time; sets NAME_wall, NAME_cpu (user+sys), NAME_rss (MB)
measure() {
  local name=$1 out=$2
  shift 2
  /usr/bin/time -f "%e %U %S %M" -o "$OUT/time.log" "$@" > "$out"
  read -r wall user sys rss < "$OUT/time.log"
  printf -v "${name}_wall" '%s' "$wall"
  printf -v "${name}_cpu" '%s' "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')"
  printf -v "${name}_rss" '%s' "$((rss / 1024))"
}

rm -rf "$OUT/dumps"
echo "unld dump (-Xmx$HEAP)…"
measure unld "$OUT/unld-dump.txt" java -Xmx$HEAP -jar "$JAR" dump --db "$DB" --out "$OUT/dumps"
quads=$(sed -n 's/^dumped [0-9]* triples (\([0-9]*\) quads).*/\1/p' "$OUT/unld-dump.txt")
triples=$(sed -n 's/^dumped \([0-9]*\) triples.*/\1/p' "$OUT/unld-dump.txt")
(cd "$OUT/dumps" && sha256sum -c --quiet SHA256SUMS) || { echo "the dump's checksums do not match" >&2; exit 1; }

echo "Jena baseline (-Xmx$HEAP)…"
measure base /dev/null java -Xmx$HEAP -cp "$JAR:$OUT/classes" JenaDumpBaseline "$DB"
echo "Jena baseline | gzip -6 (-Xmx$HEAP)…"
measure gz /dev/null sh -c "java -Xmx$HEAP -cp '$JAR:$OUT/classes' JenaDumpBaseline '$DB' | gzip -6 > '$OUT/baseline.nq.gz'"
echo "tdb2.tdbdump (-Xmx$HEAP)…"
if /usr/bin/time -f "%e %U %S %M" -o "$OUT/time.log" java -Xmx$HEAP -cp "$JAR" tdb2.tdbdump --loc "$DB/tdb2" > /dev/null 2> "$OUT/tdbdump.err"; then
  tdbdump="finished in $(cut -d' ' -f1 "$OUT/time.log") s"
else
  tdbdump="failed: $(grep -m1 -o 'OutOfMemoryError[^ ]*.*' "$OUT/tdbdump.err" || tail -1 "$OUT/tdbdump.err")"
fi

rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", n / s }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
row() { printf "| %-26s | %8s | %12s | %8s | %12s | %8s |\n" "$1" "$2" "$(rate "$quads" "$2")" "$3" "$(rate "$quads" "$3")" "$4"; }
echo
echo "store: $quads quads, $triples distinct triples in the union; -Xmx$HEAP; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| run                        |   wall s | quads/s wall |    CPU s |  quads/s CPU | peak RSS MB |"
echo "|----------------------------|---------:|-------------:|---------:|-------------:|---------:|"
row "unld dump (all files)" "$unld_wall" "$unld_cpu" "$unld_rss"
row "Jena baseline > /dev/null" "$base_wall" "$base_cpu" "$base_rss"
row "Jena baseline \| gzip -6" "$gz_wall" "$gz_cpu" "$gz_rss"
echo
echo "unld dump / baseline: $(ratio "$unld_wall" "$base_wall")x wall, $(ratio "$unld_cpu" "$base_cpu")x CPU;" \
  "unld dump / baseline | gzip: $(ratio "$unld_wall" "$gz_wall")x wall, $(ratio "$unld_cpu" "$gz_cpu")x CPU"
echo "tdb2.tdbdump -Xmx$HEAP: $tdbdump"
echo
cat "$OUT/unld-dump.txt"
