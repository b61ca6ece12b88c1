#!/usr/bin/env python3
"""Turns the rules' Java regexes into ripgrep's (Rust) syntax for the tree comparison: lookarounds and group
names dropped, possessive quantifiers made greedy. The result over-matches a little; it is a throughput
yardstick, not a scanner. Usage: rg_patterns.py JAVA_PATTERNS > RUST_PATTERNS"""
import re
import sys


def drop_lookarounds(p):
    out, i = [], 0
    while i < len(p):
        if p.startswith(("(?<!", "(?<=", "(?!", "(?="), i) and (i == 0 or p[i - 1] != "\\"):
            depth, j = 0, i
            while j < len(p):
                c = p[j]
                if c == "\\":
                    j += 2
                    continue
                if c == "[":
                    j = p.index("]", j + 2 if p[j + 1:j + 2] == "]" else j + 1)
                elif c == "(":
                    depth += 1
                elif c == ")":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            i = j + 1
            continue
        out.append(p[i])
        i += 1
    return "".join(out)


for line in open(sys.argv[1], encoding="utf-8"):
    p = line.rstrip("\n")
    if not p:
        continue
    p = drop_lookarounds(p)
    p = re.sub(r"\(\?<([A-Za-z][A-Za-z0-9]*)>", "(", p)
    p = re.sub(r"(?<!\\)([*+}?])\+", r"\1", p)
    print(p)
