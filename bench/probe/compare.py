#!/usr/bin/env python3
"""Compares prodready's Observatory section with MDN Observatory's own output, site by site and test by test.

usage: compare.py OUT_DIR RESULT_TSV
"""
import glob
import json
import os
import sys

out_dir, tsv_path = sys.argv[1], sys.argv[2]
rows = []
tests_total = tests_agree = 0
sites_total = sites_agree = 0
per_test = {}
disagreements = []

for obs_file in sorted(glob.glob(os.path.join(out_dir, "*.observatory.json"))):
    name = os.path.basename(obs_file)[: -len(".observatory.json")]
    pr_file = os.path.join(out_dir, name + ".prodready.json")
    try:
        obs = json.load(open(obs_file))
    except ValueError:
        disagreements.append(f"{name}: Observatory output unreadable")
        continue
    try:
        ours = json.load(open(pr_file))["observatory"]
    except (OSError, ValueError, KeyError):
        disagreements.append(f"{name}: prodready produced no observatory section")
        sites_total += 1
        continue
    sites_total += 1
    if "scan" not in obs:
        same = ours.get("score") is None and ours.get("error") is not None
        sites_agree += same
        rows.append((name, "(not graded)", obs.get("error", ""), ours.get("error", ""), same))
        if not same:
            disagreements.append(f"{name}: Observatory refused ({obs.get('error')}), prodready graded {ours.get('grade')}")
        continue
    for test, theirs in obs["tests"].items():
        mine = ours["tests"].get(test, {})
        same = (mine.get("result") == theirs["result"] and mine.get("scoreModifier") == theirs["scoreModifier"]
                and mine.get("pass") == theirs["pass"])
        tests_total += 1
        tests_agree += same
        t = per_test.setdefault(test, [0, 0])
        t[0] += 1
        t[1] += same
        rows.append((name, test, f"{theirs['result']} {theirs['scoreModifier']} {theirs['pass']}",
                     f"{mine.get('result')} {mine.get('scoreModifier')} {mine.get('pass')}", same))
        if not same:
            disagreements.append(f"{name} {test}: Observatory {theirs['result']}, prodready {mine.get('result')}")
    grade_same = obs["scan"]["score"] == ours.get("score") and obs["scan"]["grade"] == ours.get("grade")
    sites_agree += grade_same
    rows.append((name, "score/grade", f"{obs['scan']['score']} {obs['scan']['grade']}",
                 f"{ours.get('score')} {ours.get('grade')}", grade_same))
    if not grade_same:
        disagreements.append(f"{name}: Observatory {obs['scan']['score']} {obs['scan']['grade']}, "
                             f"prodready {ours.get('score')} {ours.get('grade')}")

with open(tsv_path, "w") as f:
    f.write("site\ttest\tobservatory\tprodready\tagree\n")
    for r in rows:
        f.write("\t".join(str(x) for x in r[:4]) + "\t" + ("yes" if r[4] else "no") + "\n")

def pct(a, b):
    return f"{100.0 * a / b:.1f}%" if b else "n/a"

print(f"sites: {sites_total}; test results compared: {tests_total}")
print(f"result ids (with modifier and pass) agree: {tests_agree}/{tests_total} = {pct(tests_agree, tests_total)}")
print(f"score and grade (or refusal to grade) agree: {sites_agree}/{sites_total} = {pct(sites_agree, sites_total)}")
for test in sorted(per_test):
    n, a = per_test[test]
    print(f"  {test:32s} {a}/{n}")
for d in disagreements:
    print("DISAGREE " + d)
print(f"rows: {tsv_path}")
sys.exit(0 if not disagreements else 1)
