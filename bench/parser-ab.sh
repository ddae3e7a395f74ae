#!/usr/bin/env bash
# Parsing speed of this working tree against another commit, in one JVM (see ParserComparison): both builds parse
# the corpus's text documents in alternating rounds, so both meet the same neighbours on a shared machine.
# Usage: bench/parser-ab.sh <base-commit> [seconds] [corpus-dir]   (from the project directory; 60 s, ../shared/corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
base="${1:?usage: bench/parser-ab.sh <base-commit> [seconds] [corpus-dir]}"
seconds="${2:-60}"
corpus="${3:-../shared/corpus}"
work=target/parser-ab-base
rm -rf "$work" && mkdir -p "$work"
git archive "$base" | tar -x -C "$work"
mvn -B -q -f "$work/pom.xml" compile
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
deps="$(cat target/bench.classpath)"
java -Xms1g -Xmx2g -cp "target/test-classes:$deps" org.w3id.unld.bench.ParserComparison \
  "$corpus" "$seconds" "$work/target/classes" target/classes "$deps"
