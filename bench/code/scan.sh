#!/usr/bin/env bash
# Whole `prodready scan` (JVM start included) on a generated 2,000-file Next.js-sized repository, best and median of
# 5 runs, through the ./prodready launcher as a user runs it. Target (issue #2): a 2,000-file app under 3 s wall
# including JVM start, on 2 cores.
# Usage: bench/code/scan.sh [N_FILES]   Results: bench/results/code-scan.txt
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
top="$(cd "$here/../.." && pwd)"
n="${1:-2000}"
repo="$top/bench/work/nextjs-$n"
results="$top/bench/results"
mkdir -p "$results" "$top/bench/work"
[ -d "$repo/.git" ] || python3 "$here/generate_nextjs.py" "$n" "$repo"
"$top/prodready" --version >/dev/null   # build (and the class-data archive) outside the timings
bytes=$(cd "$repo" && git ls-files -z '*.ts' '*.tsx' | xargs -0 cat | wc -c)
{
  echo "repository: $repo ($n files, $((bytes / 1024)) KB of TypeScript)"
  echo "cores: $(nproc), load: $(cut -d' ' -f1-3 /proc/loadavg)"
  times=()
  for run in 1 2 3 4 5; do
    start=$(date +%s.%N)
    "$top/prodready" scan "$repo" -o "json=$top/bench/work/code-scan.json" >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    times+=("$(awk "BEGIN{printf \"%.2f\", $end - $start}")")
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  echo "runs (s): ${times[*]}"
  echo "best: $(echo "$sorted" | head -1) s   median: $(echo "$sorted" | sed -n 3p) s"
  python3 -c "import json;r=json.load(open('$top/bench/work/code-scan.json'));print('findings:', len(r['findings']))"
} | tee "$results/code-scan.txt"
