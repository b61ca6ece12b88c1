#!/usr/bin/env bash
# Secrets engine benchmarks (scripts, not unit tests). Measures, in one run on this machine:
#   history: prodready's history scan vs `git log -p --all` and `git cat-file --batch-all-objects --batch --unordered`
#   tree:    prodready's working-tree scan vs ripgrep (keyword pre-filter alone, and all single-line rule regexes)
# Environment: BENCH_DIR (default /tmp/prodready-bench-secrets), COMMITS (5000), PROFILE (stress|typical, see
# gen_history.py), HEAP (-Xmx512m), TREE_FILES (1500). Times are wall seconds; CPU seconds (user+sys) beside them
# matter on a shared machine.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK=${BENCH_DIR:-/tmp/prodready-bench-secrets}
COMMITS=${COMMITS:-5000}
PROFILE=${PROFILE:-stress}
HEAP=${HEAP:--Xmx512m}
TREE_FILES=${TREE_FILES:-1500}
mkdir -p "$WORK"

# Wall seconds on stdout; "wall/cpu" recorded in $WORK/.cpu for the report.
secs() {
  /usr/bin/time -f "%e %U %S" -o "$WORK/.t" "$@" > /dev/null 2> "$WORK/.err" || { cat "$WORK/.err" >&2; return 1; }
  awk '{ printf "%s", $1 }' "$WORK/.t"; awk '{ printf "%.2f", $2 + $3 }' "$WORK/.t" > "$WORK/.cpu"
}
cpu() { cat "$WORK/.cpu"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo "== build"
(cd "$ROOT" && ./mvnw -q -B -o -pl prodready-engine package -DskipTests \
  && ./mvnw -q -B -o -pl prodready-engine dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt")
CP="$ROOT/prodready-engine/target/classes:$(cat "$WORK/cp.txt")"
mkdir -p "$WORK/classes"
javac -cp "$CP" -d "$WORK/classes" "$HERE/SecretsBench.java"
RUN=(java "$HEAP" -cp "$WORK/classes:$CP" SecretsBench)

REPO="$WORK/history-$PROFILE"
if [ ! -d "$REPO/.git" ]; then
  echo "== generating $COMMITS-commit $PROFILE history in $REPO"
  rm -rf "$REPO" && mkdir -p "$REPO"
  start=$(date +%s)
  (cd "$REPO" && git init -q && python3 "$HERE/gen_history.py" "$COMMITS" "$PROFILE" | git fast-import --quiet --done \
    && git reset -q --hard main)
  echo "generated in $(( $(date +%s) - start )) s"
fi
cd "$REPO"
commits=$(git rev-list --all --count)
blob_mb=$(git cat-file --batch-all-objects --batch-check='%(objecttype) %(objectsize)' \
  | awk '$1=="blob" { s += $2 } END { printf "%.0f", s / 1048576 }')
echo "history: $commits commits, $blob_mb MB of blob content, pack $(du -sh .git/objects/pack | cut -f1)"

echo "== history (warm page cache first)"
git cat-file --batch-all-objects --batch --unordered > /dev/null
t_cat=$(secs git cat-file --batch-all-objects --batch --unordered); c_cat=$(cpu)
t_log=$(secs git log -p --all); c_log=$(cpu)
t_scan=$(secs "${RUN[@]}" history "$REPO"); c_scan=$(cpu)
"${RUN[@]}" history "$REPO" | tee "$WORK/history-result.txt"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "git cat-file --batch-all-objects --batch --unordered: ${t_cat} s wall, ${c_cat} s cpu"
echo "git log -p --all:                                   ${t_log} s wall, ${c_log} s cpu"
echo "prodready history scan ($HEAP, JVM start included): ${t_scan} s wall, ${c_scan} s cpu ($(awk -v m="$blob_mb" -v t="$t_scan" 'BEGIN{printf "%.0f", m/t}') MB/s of blob content)"
echo "ratio scan / git log -p:  $(ratio "$t_scan" "$t_log") wall, $(ratio "$c_scan" "$c_log") cpu"
echo "ratio scan / cat-file:    $(ratio "$t_scan" "$t_cat") wall, $(ratio "$c_scan" "$c_cat") cpu"

TREE="$WORK/tree-$PROFILE"
if [ ! -d "$TREE" ]; then
  echo "== writing a $TREE_FILES-file working tree from history blobs"
  mkdir -p "$TREE/src"
  # (head closes the pipe early: that SIGPIPE is expected, hence the "|| true")
  { git rev-list --objects --all --filter=object:type=blob || true; } | awk 'NF == 2' | head -n "$TREE_FILES" \
    | nl -nln | while read -r n sha path; do
    git cat-file blob "$sha" > "$TREE/src/f$n-$(basename "$path")"
  done || true
fi
tree_mb=$(du -sm "$TREE" | cut -f1)
echo "== tree: $(find "$TREE" -type f | wc -l) files, ${tree_mb} MB"
"${RUN[@]}" export "$WORK/keywords.txt" "$WORK/patterns.raw"
# ripgrep's own engine has no lookarounds and PCRE2 refuses 350 joined patterns; simplify them (rg_patterns.py).
python3 "$HERE/rg_patterns.py" "$WORK/patterns.raw" > "$WORK/patterns.txt"
cat "$TREE"/src/* > /dev/null
t_tree=$(secs "${RUN[@]}" tree "$TREE"); c_tree=$(cpu)
"${RUN[@]}" tree "$TREE" | tee "$WORK/tree-result.txt"
echo "prodready tree scan (JVM start included): ${t_tree} s wall, ${c_tree} s cpu"
if command -v rg > /dev/null; then
  t_rg_kw=$(secs rg -j1 -F -i -c -f "$WORK/keywords.txt" "$TREE"); c_rg_kw=$(cpu)
  if t_rg_re=$(secs timeout 900 rg -j1 --regex-size-limit 2G --dfa-size-limit 2G -c -f "$WORK/patterns.txt" "$TREE"); then
    c_rg_re=$(cpu)
  else
    t_rg_re=failed
  fi
  echo "ripgrep, one thread, keywords only (-F -i):          ${t_rg_kw} s wall, ${c_rg_kw} s cpu"
  echo "ripgrep, one thread, all single-line regexes:        ${t_rg_re} s wall${c_rg_re:+, ${c_rg_re} s cpu}"
  echo "ratio prodready / rg keywords: $(ratio "$t_tree" "$t_rg_kw") wall, $(ratio "$c_tree" "$c_rg_kw") cpu"
  if [ "$t_rg_re" != "failed" ]; then
    echo "ratio prodready / rg regexes:  $(ratio "$t_tree" "$t_rg_re") wall, $(ratio "$c_tree" "$c_rg_re") cpu"
  fi
else
  echo "ripgrep not installed: apt-get install ripgrep for the comparison"
fi
