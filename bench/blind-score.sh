#!/usr/bin/env bash
# The parser of this working tree on a blind sample, scored: runs `unld extract` (the classes built here, not an
# installed jar) on every SAMPLE_DIR/PART/documents/ into target/blind-score/<sample>/PART/documents/, then scores
# them against SAMPLE_DIR/PART/expected/*.expected.json (see bench/score.sh and docs/EXTRACTION-QUALITY.md).
# The documents unld rejects are listed on stderr (and in target/blind-score/<sample>.rejected.txt); they score 0.
# Usage: bench/blind-score.sh [--markdown] SAMPLE_DIR   (path relative to where you run it)
set -euo pipefail
markdown=()
if [[ "${1:-}" == --markdown ]]; then markdown=(--markdown); shift; fi
sample="${1:?usage: bench/blind-score.sh [--markdown] SAMPLE_DIR}"
[[ "$sample" == /* ]] || sample="$PWD/$sample"
sample="${sample%/}"
[[ -d "$sample" ]] || { echo "blind-score: no folder $sample" >&2; exit 2; }
cd "$(dirname "$0")/.."
mvn -B -q -Dstyle.color=never test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >&2  # stdout is the report
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
out="target/blind-score/$(basename "$sample")"
rm -rf "$out" && mkdir -p "$out"
: > "$out.rejected.txt"
for documents in "$sample"/*/documents; do
  [[ -d "$documents" ]] || continue
  part="$(basename "$(dirname "$documents")")"
  status=0
  java -cp "$cp" org.w3id.unld.cli.Unld extract "$documents" --out "$out/$part/documents" 2>> "$out.rejected.txt" || status=$?
  # 1 only says that some documents were rejected: they have no JSON and score 0 where they expected something.
  [[ $status -le 1 ]] || { cat "$out.rejected.txt" >&2; echo "blind-score: unld extract failed on $documents (exit $status)" >&2; exit "$status"; }
done
if [[ -s "$out.rejected.txt" ]]; then
  echo "rejected by unld extract ($out.rejected.txt):" >&2
  cat "$out.rejected.txt" >&2
fi
exec java -cp "$cp" org.w3id.unld.quality.ExtractionScorer "${markdown[@]}" "$sample" "$out"
