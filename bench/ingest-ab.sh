#!/usr/bin/env bash
# Ingest of this working tree against another commit: both jars ingest the same corpus into fresh stores, in
# alternating rounds (base, new, base, new …) so both meet the same neighbours on a shared machine. Prints each run's
# wall and CPU time, the triples stored and the store's size, then the new/base ratios (medians of the rounds).
# Usage: bench/ingest-ab.sh <base-commit> [rounds] [corpus-dir]   (from the project directory; 2 rounds, ../shared/corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
base="${1:?usage: bench/ingest-ab.sh <base-commit> [rounds] [corpus-dir]}"
rounds="${2:-2}"
corpus="${3:-../shared/corpus}"
work=target/ingest-ab
rm -rf "$work" && mkdir -p "$work/base-src"
git archive "$base" | tar -x -C "$work/base-src"
mvn -B -q -f "$work/base-src/pom.xml" package -DskipTests
mvn -B -q package -DskipTests
cp "$work/base-src/target/unld.jar" "$work/base.jar"
cp target/unld.jar "$work/new.jar"
results="$work/results.tsv"
: > "$results"
for round in $(seq 1 "$rounds"); do
  for side in base new; do
    db="$work/db-$side"
    rm -rf "$db"
    start=$(date +%s.%N)
    /usr/bin/time -f "%U %S" -o "$work/time" java -jar "$work/$side.jar" ingest --no-dump --db "$db" "$corpus" > "$work/ingest-$side.log" 2>&1
    wall=$(echo "$(date +%s.%N) - $start" | bc)
    cpu=$(awk '{print $1 + $2}' "$work/time")
    summary=$(grep -h 'stored' "$work/ingest-$side.log" | tail -1)
    docs=$(echo "$summary" | sed -E 's/.*stored ([0-9]+) documents.*/\1/')
    triples=$(echo "$summary" | sed -E 's/.*; ([0-9]+) triples.*/\1/')
    bytes=$(du -sb "$db" | cut -f1)
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$side" "$wall" "$cpu" "$docs" "$triples" "$bytes" >> "$results"
    printf 'round %s %-4s wall %6.1f s  cpu %6.1f s  %s documents  %s triples (%.1f a document)  store %s MB\n' \
      "$round" "$side" "$wall" "$cpu" "$docs" "$triples" "$(echo "$triples / $docs" | bc -l)" "$((bytes / 1000000))"
  done
done
python3 - "$results" <<'PY'
import statistics, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
def median(side, col):
    return statistics.median(float(r[col]) for r in rows if r[1] == side)
for name, col in (("wall", 2), ("cpu", 3), ("triples", 5), ("store bytes", 6)):
    print(f"new/base {name}: {median('new', col) / median('base', col):.3f}")
PY
