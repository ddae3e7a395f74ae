#!/usr/bin/env bash
# Field accuracy of extractions against expected ones (org.w3id.unld.quality.ExtractionScorer; the rules are in its
# javadoc and in docs/EXTRACTION-QUALITY.md): every NAME.expected.json under EXPECTED_DIR against NAME.json at the
# same relative path under ACTUAL_DIR (a sample's PART/expected/ against PART/documents/), as `unld extract DIR --out`
# writes them. Prints a plain-text report, or with --markdown the Markdown tables for the docs.
# Usage: bench/score.sh [--markdown] EXPECTED_DIR ACTUAL_DIR   (paths relative to where you run it)
set -euo pipefail
args=()
for a in "$@"; do
  if [[ "$a" == --* || "$a" == /* ]]; then args+=("$a"); else args+=("$PWD/$a"); fi
done
cd "$(dirname "$0")/.."
mvn -B -q -Dstyle.color=never test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >&2  # stdout is the report
exec java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.w3id.unld.quality.ExtractionScorer "${args[@]}"
