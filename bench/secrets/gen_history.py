#!/usr/bin/env python3
"""Writes a git fast-import stream for a synthetic application history (benchmark input, not a test).

Default: 5,000 commits on main plus a feature branch, about 60 files of ~68 KB that evolve a few lines per
commit, so every commit adds one new ~68 KB blob (~340 MB of unique blob content). Lines look like
application code and config, many with credential-sounding names; every 40th commit plants a fake,
format-valid token (random characters, never a real key), and some are deleted again later.

Profiles: "stress" (default) draws credential-sounding words (token, secret, apiKey, password, auth...) into
most identifiers, so nearly every line wakes the keyword pre-filter; "typical" uses them in about 3% of
identifiers, closer to ordinary application code.

Usage: gen_history.py [commits] [stress|typical] | git fast-import --quiet
"""
import random
import sys

rng = random.Random(20240601)
COMMITS = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
PROFILE = sys.argv[2] if len(sys.argv) > 2 else "stress"
FILES = 60
LINES_PER_FILE = 1500
AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
WORDS = ("user order cart payment invoice session token apiKey secret password config client server "
         "request response handler service repository cache queue event message retry timeout limit "
         "auth login logout profile account admin role permission webhook stripe supabase email notify "
         "upload image file bucket region endpoint url host port database query result error status").split()


def rand(alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


CREDENTIAL = {"token", "apiKey", "secret", "password", "auth", "webhook", "stripe", "supabase", "login", "logout"}
PLAIN = [w for w in WORDS if w not in CREDENTIAL]


def ident():
    vocabulary = WORDS if PROFILE == "stress" or rng.random() < 0.03 else PLAIN
    parts = rng.sample(vocabulary, rng.randint(1, 3))
    style = rng.random()
    if style < 0.4:
        return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])
    if style < 0.7:
        return "_".join(parts).upper()
    return "_".join(parts)


def code_line():
    r = rng.random()
    name = ident()
    if r < 0.15:
        return f"  const {name} = await {ident()}({ident()}, {{ retries: {rng.randint(1, 9)} }});"
    if r < 0.25:
        return f"  if (!{name}) throw new Error(\"{' '.join(rng.sample(WORDS, 4))}\");"
    if r < 0.35:
        return f"{name}: process.env.{ident().upper()},"
    if r < 0.45:
        return f"    {name} = os.environ.get(\"{ident().upper()}\", \"{rng.choice(WORDS)}\")"
    if r < 0.55:
        return f"  // {' '.join(rng.sample(WORDS, 7))}"
    if r < 0.62:
        return f"  {name}: \"{rand(HEX, 40)}\", // commit"
    if r < 0.70:
        return f"export function {name}({ident()}: string, {ident()}: number): Promise<{ident()}> {{"
    if r < 0.78:
        return f"  {name}.set(\"{ident()}\", {rng.randint(0, 100000)});"
    if r < 0.86:
        return f"{ident().upper()}={rng.choice(WORDS)}-{rng.randint(1, 999)}"
    if r < 0.93:
        return f"  return {{ id: \"{rand(HEX, 8)}-{rand(HEX, 4)}-4{rand(HEX, 3)}-a{rand(HEX, 3)}-{rand(HEX, 12)}\", {name} }};"
    return "  }"


def planted():
    kind = rng.randrange(6)
    if kind == 0:
        return f"GITHUB_TOKEN=ghp_{rand(AN, 36)}"
    if kind == 1:
        return f"const stripe = new Stripe(\"sk_live_{rand(AN, 24)}\");"
    if kind == 2:
        return f"aws_access_key_id = AKIA{rand(B32, 16)}"
    if kind == 3:
        return f"SLACK_BOT_TOKEN=xoxb-{rand('0123456789', 12)}-{rand('0123456789', 13)}-{rand(AN, 24)}"
    if kind == 4:
        return f"DATABASE_URL=postgres://app:{rand(AN, 20)}@db.internal.example.net:5432/app"
    return f"SENDGRID_API_KEY=SG.{rand(AN, 22)}.{rand(AN, 43)}"


out = sys.stdout.buffer


def emit(data):
    out.write(data if isinstance(data, bytes) else data.encode())


exts = ["ts", "tsx", "py", "js", "yml", "env.txt"]
paths = [f"src/{rng.choice(['api', 'lib', 'components', 'jobs', 'config'])}/{ident().lower()}_{i}.{rng.choice(exts)}"
         for i in range(FILES)]
files = {p: [code_line() for _ in range(LINES_PER_FILE)] for p in paths}
mark = 0
parent_main = None
parent_feature = None
when = 1_600_000_000
for c in range(COMMITS):
    branch = "refs/heads/feature" if c % 250 == 249 else "refs/heads/main"
    path = rng.choice(paths)
    lines = files[path]
    for _ in range(rng.randint(20, 60)):
        lines[rng.randrange(len(lines))] = code_line()
    if c % 40 == 7:
        lines.insert(rng.randrange(len(lines)), planted())
    if c % 120 == 80:
        files[path] = lines = [l for l in lines if not l.startswith(("GITHUB_TOKEN", "SLACK_BOT", "DATABASE_URL"))]
    body = ("\n".join(lines) + "\n").encode()
    mark += 1
    emit(f"blob\nmark :{mark}\ndata {len(body)}\n")
    emit(body)
    emit("\n")
    when += rng.randint(60, 7200)
    msg = f"change {path} #{c}".encode()
    emit(f"commit {branch}\nmark :{mark + 1_000_000}\n"
         f"author Dev {c % 7} <dev{c % 7}@example.com> {when} +0000\n"
         f"committer Dev {c % 7} <dev{c % 7}@example.com> {when} +0000\n"
         f"data {len(msg)}\n")
    emit(msg)
    emit("\n")
    if branch == "refs/heads/main":
        if parent_main is not None:
            emit(f"from :{parent_main}\n")
        parent_main = mark + 1_000_000
    else:
        emit(f"from :{parent_feature or parent_main}\n")
        parent_feature = mark + 1_000_000
    emit(f"M 100644 :{mark} {path}\n\n")
emit("done\n")
