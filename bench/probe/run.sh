#!/usr/bin/env bash
# Agreement of `prodready probe` with MDN HTTP Observatory (npm @mdn/mdn-http-observatory) on the loopback
# site configurations of BenchSites (prodready-engine/src/test/.../workspace/live/BenchSites.java): for every
# site, each Observatory test's result id, modifier and pass, and the score and grade.
#
# The npm package (1.4.8, the only version published) runs Observatory's algorithm 4, so prodready is run
# with the hidden --observatory-algorithm 4 for the comparison; algorithm 6 (the default) differs only by
# the published changes listed in ObservatoryAlgorithm.java and is covered by ObservatoryTest.
#
# Usage: bench/probe/run.sh [NAME-FILTER]
# Results: bench/results/probe-observatory.tsv (one row per site and test) and the summary on stdout.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
top="$(cd "$here/../.." && pwd)"
work="$top/bench/work/probe"
results="$top/bench/results"
filter="${1:-}"
mkdir -p "$work/out" "$results"
rm -f "$work"/out/*.json

obs="$work/observatory/node_modules/@mdn/mdn-http-observatory"
if [ ! -f "$obs/src/scan.js" ]; then
  echo "installing @mdn/mdn-http-observatory into $work/observatory ..." >&2
  mkdir -p "$work/observatory"
  (cd "$work/observatory" && npm init -y >/dev/null && npm i --ignore-scripts --no-audit --no-fund \
      @mdn/mdn-http-observatory@1.4.8 >/dev/null 2>&1)
fi
# The package's install scripts download the HSTS preload and TLD lists; with --ignore-scripts they are stubs,
# so neither tool knows any preloaded host (hsts-preloaded and redirection-all-redirects-preloaded never occur).
echo '{}' > "$obs/conf/hsts-preload.json"
echo '[]' > "$obs/conf/tld-list.json"

"$top/prodready" --version >/dev/null
(cd "$top" && ./mvnw -q -B -pl prodready-engine test-compile)
jar="$top/prodready-cli/target/prodready.jar"
cp="$top/prodready-engine/target/test-classes:$top/prodready-engine/target/classes"

rm -f "$work/stdin"; mkfifo "$work/stdin"
java -cp "$cp" dev.prodready.workspace.live.BenchSites "$work/sites" < "$work/stdin" > "$work/sites.log" 2>&1 &
sites_pid=$!
exec 3> "$work/stdin"            # the sites serve until this descriptor closes
cleanup() { exec 3>&- || true; wait "$sites_pid" 2>/dev/null || true; rm -f "$work/stdin"; }
trap cleanup EXIT
for _ in $(seq 1 120); do grep -q '^ready' "$work/sites.log" 2>/dev/null && break; sleep 0.5; done
grep -q '^ready' "$work/sites.log" || { echo "sites did not start:" >&2; cat "$work/sites.log" >&2; exit 3; }

count=0
while IFS=$'\t' read -r name port; do
  [ -n "$filter" ] && [[ "$name" != *"$filter"* ]] && continue
  count=$((count + 1))
  NODE_EXTRA_CA_CERTS="$work/sites/ca.pem" timeout 120 node "$obs/src/scan.js" "127.0.0.1:$port" \
      > "$work/out/$name.observatory.json" 2> "$work/out/$name.observatory.err" || true
  java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$jar" probe "https://127.0.0.1:$port/" \
      --ca-cert "$work/sites/ca.pem" --samples 1 --observatory-algorithm 4 \
      -o "json=$work/out/$name.prodready.json" > /dev/null 2> "$work/out/$name.prodready.err" || true
  printf '.' >&2
done < "$work/sites/sites.tsv"
echo " $count sites" >&2

python3 "$here/compare.py" "$work/out" "$results/probe-observatory.tsv"
