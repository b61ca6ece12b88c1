#!/usr/bin/env bash
# Parse-and-analyse throughput of the code analysis on a large real TypeScript code base: the sources of the
# `effect` npm package (src/, ~360 files, ~7 MB of TypeScript), installed into bench/work (gitignored).
# Usage: bench/code/throughput.sh [DIR] [ROUNDS]   Results: bench/results/code-throughput.txt
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
top="$(cd "$here/../.." && pwd)"
work="$top/bench/work/npm"
results="$top/bench/results"
mkdir -p "$work" "$results"
dir="${1:-}"
if [ -z "$dir" ]; then
  if [ ! -d "$work/node_modules/effect/src" ]; then
    [ -f "$work/package.json" ] || echo '{"name":"bench-corpus","private":true}' > "$work/package.json"
    (cd "$work" && npm i --ignore-scripts --no-audit --no-fund effect@3 >/dev/null)
  fi
  dir="$work/node_modules/effect/src"
fi
(cd "$top" && ./mvnw -q -B -o -pl prodready-engine test-compile dependency:build-classpath \
    -Dmdep.outputFile="$top/bench/work/engine.classpath" >/dev/null)
cp="$top/prodready-engine/target/classes:$(cat "$top/bench/work/engine.classpath")"
java -Xmx1g -cp "$cp" "$here/CodeBench.java" "$dir" "${2:-3}" | tee "$results/code-throughput.txt"
