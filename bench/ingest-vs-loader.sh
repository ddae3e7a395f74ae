#!/usr/bin/env bash
# Ingest against TDB2's bulk loader, and this working tree against another commit, in the same rounds: per round the
# loader (LoaderBaseline, the phased loader of bench/run.sh) loads the quads ingest stores, then the base jar and this
# tree's jar ingest the scaled corpus of bench/run.sh into fresh stores; each is timed by GNU time. Prints each run's wall
# and CPU seconds and its ratios to the loader of its round (docs/BENCHMARKS.md, "Ingest against the bulk loader").
# Usage: bench/ingest-vs-loader.sh <base-commit> [rounds] [documents]   (from the project; 2 rounds, 10000 documents)
set -euo pipefail
cd "$(dirname "$0")/.."
base="${1:?usage: bench/ingest-vs-loader.sh <base-commit> [rounds] [documents]}"
rounds="${2:-2}"
docs="${3:-10000}"
work=target/ingest-vs-loader
corpus=bench/out/run-$docs/corpus
rm -rf "$work" && mkdir -p "$work/base-src"
git archive "$base" | tar -x -C "$work/base-src"
mvn -B -q -f "$work/base-src/pom.xml" package -DskipTests
mvn -B -q package -DskipTests
mvn -B -q test-compile
cp "$work/base-src/target/unld.jar" "$work/base.jar"
cp target/unld.jar "$work/new.jar"
cp="target/test-classes:$work/new.jar"
if [ "$(find "$corpus" -type f 2>/dev/null | wc -l)" -ne "$docs" ]; then
  rm -rf "$corpus"
  java -cp "$cp" org.w3id.unld.bench.ScaledCorpus ../shared/corpus "$corpus" "$docs" > /dev/null
fi
# The loader's input: the quads the new jar stores (both jars store the same ones).
java -jar "$work/new.jar" ingest --no-dump --db "$work/db" "$corpus" > /dev/null 2>&1 || true
java -cp "$cp" org.w3id.unld.bench.StoreQuads "$work/db" "$work/quads.nq" 2> /dev/null
echo "$(wc -l < "$work/quads.nq") quads, $docs documents"
# timed NAME COMMAND…: wall and CPU seconds of the command into $work/NAME.time (exit 1 = some files rejected: fine)
timed() {
  local name=$1; shift
  /usr/bin/time -f "%e %U %S" -o "$work/$name.time" "$@" > "$work/$name.out" 2>&1 || [ $? -le 1 ]
  awk '{ printf "%.1f %.1f\n", $1, $2 + $3 }' "$work/$name.time"
}
for round in $(seq 1 "$rounds"); do
  rm -rf "$work/loader"
  read -r lw lc < <(timed loader java -cp "$cp" org.w3id.unld.bench.LoaderBaseline "$work/quads.nq" "$work/loader")
  printf 'round %s loader wall %6.1f s  cpu %6.1f s\n' "$round" "$lw" "$lc"
  for side in base new; do
    rm -rf "$work/db-$side"
    read -r w c < <(timed "ingest-$side" java -jar "$work/$side.jar" ingest --no-dump --db "$work/db-$side" "$corpus")
    printf 'round %s %-6s wall %6.1f s  cpu %6.1f s  wall/loader %.2f  cpu/loader %.2f\n' "$round" "$side" "$w" "$c" \
      "$(echo "$w / $lw" | bc -l)" "$(echo "$c / $lc" | bc -l)"
  done
done
