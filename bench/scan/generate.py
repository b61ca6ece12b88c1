#!/usr/bin/env python3
"""Generates a synthetic application repository of N files for the whole-command scan benchmark.

The mix imitates a Next.js/Supabase app: TypeScript components and routes, SQL migrations, Markdown docs,
JSON/YAML config, and one package.json. Content is deterministic (seeded) so runs compare.
"""
import json
import os
import random
import subprocess
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: generate.py N_FILES OUT_DIR")
    n, out = int(sys.argv[1]), sys.argv[2]
    rnd = random.Random(n)
    os.makedirs(out, exist_ok=True)
    pkg = {"name": "bench-app", "version": "1.0.0",
           "dependencies": {"next": "14.2.3", "react": "18.3.1", "@supabase/supabase-js": "2.43.0",
                            "zod": "3.23.8", "@sentry/nextjs": "8.0.0", "stripe": "15.0.0"},
           "devDependencies": {"vitest": "1.6.0", "typescript": "5.4.5"}}
    write(out, "package.json", json.dumps(pkg, indent=2))
    write(out, "README.md", "# Bench app\n\nGenerated for the prodready scan benchmark.\n")
    for i in range(n - 2):
        kind = rnd.random()
        folder = "src/feature%03d" % (i // 50)
        if kind < 0.70:
            write(out, f"{folder}/component{i}.tsx", component(i, rnd))
        elif kind < 0.80:
            write(out, f"src/app/api/route{i}/route.ts", route(i))
        elif kind < 0.85:
            write(out, f"supabase/migrations/{20240101000000 + i}_t{i}.sql", migration(i))
        elif kind < 0.92:
            write(out, f"docs/page{i}.md", doc(i, rnd))
        else:
            write(out, f"config/settings{i}.json", json.dumps({"id": i, "flags": [rnd.randint(0, 9) for _ in range(20)]}))
    subprocess.run(["git", "init", "-q", out], check=True)
    subprocess.run(["git", "-C", out, "add", "-A"], check=True)
    subprocess.run(["git", "-C", out, "-c", "user.email=bench@example.com", "-c", "user.name=bench",
                    "commit", "-q", "-m", "generated"], check=True)


def write(root, rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def component(i, rnd):
    lines = [f"import {{ useState }} from 'react';", "", f"export function Component{i}(props: {{ title: string }}) {{",
             "  const [count, setCount] = useState(0);"]
    for j in range(rnd.randint(20, 120)):
        lines.append(f"  const value{j} = props.title.length * {j} + count; // line {j}")
    lines += ["  return <div onClick={() => setCount(count + 1)}>{props.title}</div>;", "}", ""]
    return "\n".join(lines)


def route(i):
    return (f"import {{ createClient }} from '@supabase/supabase-js';\n\n"
            f"export async function GET(request: Request) {{\n"
            f"  const supabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_ANON_KEY!);\n"
            f"  const {{ data }} = await supabase.from('table{i}').select('*');\n"
            f"  return Response.json(data);\n}}\n")


def migration(i):
    return (f"create table public.t{i} (\n  id uuid primary key default gen_random_uuid(),\n"
            f"  owner uuid references auth.users not null,\n  body text\n);\n"
            f"alter table public.t{i} enable row level security;\n")


def doc(i, rnd):
    words = ["deploy", "service", "database", "user", "request", "cache", "queue", "team", "release", "metric"]
    body = " ".join(rnd.choice(words) for _ in range(300))
    return f"# Notes {i}\n\n## Overview\n\n{body}\n"


if __name__ == "__main__":
    main()
