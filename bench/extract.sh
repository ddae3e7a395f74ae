#!/usr/bin/env bash
# Extraction throughput over the shared corpus (text and Markdown: single thread and all cores; PDF apart).
# Usage: bench/extract.sh [corpus-dir] [rounds]   (from the project directory; default ../shared/corpus, 5 rounds)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
exec java -Xms1g -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.w3id.unld.bench.ExtractionBench "${1:-../shared/corpus}" "${2:-5}"
