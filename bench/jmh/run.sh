#!/usr/bin/env bash
# JMH microbenchmarks of the engine's hot primitives, each beside its peers in the same run (see README.md).
# Usage: bench/jmh/run.sh [JMH options...]   e.g. bench/jmh/run.sh KeywordBench   or   -f 2 -i 10
# Results: bench/results/jmh-<date>.json (gitignored); the ratios are printed at the end.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

./mvnw -q -B -ntp -Pbench -pl prodready-bench -am package -DskipTests

mkdir -p bench/results
out="bench/results/jmh-$(date +%Y%m%d-%H%M%S).json"
java -jar prodready-bench/target/benchmarks.jar -rf json -rff "$out" "$@"

python3 - "$out" <<'PY'
import json, sys
from collections import defaultdict

# A group is a class, a method-name prefix before "_" (none for classes with one group) and the parameters.
# The method named "engine" (or "<group>_engine") is ours; every other method of the group is a peer.
groups = defaultdict(dict)
for r in json.load(open(sys.argv[1])):
    cls, method = r["benchmark"].rsplit(".", 1)
    prefix, _, impl = method.rpartition("_")
    params = ",".join(f"{k}={v}" for k, v in sorted((r.get("params") or {}).items()))
    key = cls.rsplit(".", 1)[1] + ("." + prefix if prefix else "") + (f" [{params}]" if params else "")
    m = r["primaryMetric"]
    groups[key][impl] = (m["score"], m["scoreError"], m["scoreUnit"])

print("\nratio = peer's time / engine's time (above 1: the engine is faster)")
print(f"{'group':<34} {'engine':>14} {'peer':<12} {'peer time':>14} {'ratio':>8}")
for key in sorted(groups):
    impls = groups[key]
    if "engine" not in impls:
        continue
    ours, ours_err, unit = impls["engine"]
    for impl, (score, err, _) in sorted(impls.items()):
        if impl == "engine":
            continue
        print(f"{key:<34} {ours:>9.3f} {unit:<4} {impl:<12} {score:>9.3f} {unit:<4} {score / ours:>7.1f}x")
PY
echo "JSON: $out"
