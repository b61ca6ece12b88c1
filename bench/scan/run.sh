#!/usr/bin/env bash
# Whole-command benchmark of `prodready scan`: wall time and peak RSS on generated repositories of 1k, 10k
# and 100k files, beside the floor of just reading the same files (git ls-files | xargs cat) in the same run.
# Usage: bench/scan/run.sh [SIZES...]   (default: 1000 10000 100000). Results: bench/results/scan.tsv
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
top="$(cd "$here/../.." && pwd)"
work="$top/bench/work"
results="$top/bench/results"
mkdir -p "$work" "$results"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000 100000)
"$top/prodready" --version >/dev/null   # build once, outside the timings
# Through the launcher, as a user runs it (it picks the JIT policy by tree size); the heap is capped at 512 MB.
export JAVA_TOOL_OPTIONS="-Xmx512m"

measure() {  # prints "wall_seconds peak_rss_kb" for the command
  local t
  t=$(mktemp)
  /usr/bin/time -o "$t" -f '%e %M' "$@" >/dev/null 2>&1 || true
  tail -n 1 "$t"
  rm -f "$t"
}

printf 'files\tscan_s\tscan_rss_mb\tfloor_s\tratio\n' | tee "$results/scan.tsv"
for n in "${sizes[@]}"; do
  repo="$work/repo-$n"
  [ -d "$repo/.git" ] || python3 "$here/generate.py" "$n" "$repo"
  # warm the page cache for both contenders alike
  (cd "$repo" && git ls-files -z | xargs -0 cat >/dev/null)
  floor_s=""   # best of 3, as the scan: both contenders get the same chances
  for _ in 1 2 3; do
    read -r f _ < <(measure bash -c "cd '$repo' && git ls-files -z | xargs -0 cat > /dev/null")
    if [ -z "$floor_s" ] || awk "BEGIN{exit !($f < $floor_s)}"; then floor_s=$f; fi
  done
  best_s=""; best_rss=""
  for _ in 1 2 3; do
    read -r s rss < <(measure "$top/prodready" scan "$repo" -o "json=$work/report-$n.json")
    if [ -z "$best_s" ] || awk "BEGIN{exit !($s < $best_s)}"; then best_s=$s; best_rss=$rss; fi
  done
  ratio=$(awk "BEGIN{f=$floor_s; if (f < 0.01) f = 0.01; printf \"%.1f\", $best_s / f}")
  printf '%s\t%s\t%s\t%s\t%s\n' "$n" "$best_s" "$((best_rss / 1024))" "$floor_s" "$ratio" | tee -a "$results/scan.tsv"
done
