#!/usr/bin/env python3
"""A Next.js + Prisma + NextAuth application of N files (default 2,000) for the code-analysis scan benchmark.

Shaped like a real mid-sized app: React components and pages under src/app and src/components, API route handlers
(most guarded, some not), server actions, lib helpers with Prisma and fetch calls, middleware, a Prisma schema,
SQL migrations and a few docs. File sizes follow a spread of 1-12 KB like hand-written code. Deterministic (seeded).
"""
import os
import random
import subprocess
import sys


def write(root, rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def component(i, rnd):
    fields = [f"field{j}" for j in range(rnd.randint(3, 12))]
    uses_session = rnd.random() < 0.35
    body = [f"'use client';" if rnd.random() < 0.5 else "", "import { useState, useEffect } from 'react';",
            "import { useSession } from 'next-auth/react';" if uses_session else "",
            "import { Button } from '@/components/ui/button';", "import { cn } from '@/lib/utils';", "",
            f"type Props{i} = {{ items: {{ id: string; {'; '.join(f + ': string' for f in fields)} }}[]; onSelect?: (id: string) => void }};", "",
            f"export function Widget{i}({{ items, onSelect }}: Props{i}) {{",
            "  const [open, setOpen] = useState(false);", "  const [query, setQuery] = useState('');",
            # about a third of real components read the session or call the data layer, which makes them worth parsing
            "  const { data: session } = useSession();" if uses_session else "",
            "  useEffect(() => {", "    if (!open) setQuery('');", "  }, [open]);",
            "  const visible = items.filter((item) => item.id.includes(query));", "  return (",
            "    <div className={cn('rounded-lg border p-4', open && 'shadow')}>"]
    for j in range(rnd.randint(2, 14)):
        f = rnd.choice(fields)
        body.append(f"      <section key=\"s{j}\" className=\"grid gap-2\">")
        body.append(f"        <label htmlFor=\"{f}-{j}\">{f.title()} {j}</label>")
        body.append(f"        <input id=\"{f}-{j}\" value={{query}} onChange={{(e) => setQuery(e.target.value)}} />")
        body.append(f"        {{visible.map((item) => <Button key={{item.id}} onClick={{() => onSelect?.(item.id)}}>{{item.{f}}}</Button>)}}")
        body.append("      </section>")
    body += ["    </div>", "  );", "}", ""]
    return "\n".join(body)


def route(i, rnd):
    guarded = rnd.random() < 0.85
    model = rnd.choice(["project", "invoice", "customer", "task", "note", "team"])
    lines = ["import { NextResponse } from 'next/server';", "import { getServerSession } from 'next-auth';",
             "import { prisma } from '@/lib/db';", "import { z } from 'zod';", "",
             "const schema = z.object({ name: z.string().min(1).max(200) });", "",
             "export async function GET(req: Request) {"]
    if guarded:
        lines += ["  const session = await getServerSession();",
                  "  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });"]
    lines += [f"  const rows = await prisma.{model}.findMany({{ where: {{ ownerId: session?.user?.id }}, take: 50 }});",
              "  return NextResponse.json(rows);", "}", "", "export async function POST(req: Request) {"]
    if guarded:
        lines += ["  const session = await getServerSession();",
                  "  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });"]
    lines += ["  const body = schema.parse(await req.json());",
              f"  const row = await prisma.{model}.create({{ data: {{ name: body.name }} }});",
              "  return NextResponse.json(row, { status: 201 });", "}", ""]
    return "\n".join(lines)


def action(i, rnd):
    return "\n".join(["'use server';", "", "import { getServerSession } from 'next-auth';", "import { prisma } from '@/lib/db';",
                      "import { revalidatePath } from 'next/cache';", "",
                      f"export async function rename{i}(id: string, name: string) {{",
                      "  const session = await getServerSession();", "  if (!session) throw new Error('Unauthorized');",
                      "  await prisma.project.update({ where: { id, ownerId: session.user.id }, data: { name } });",
                      "  revalidatePath('/projects');", "}", ""])


def lib(i, rnd):
    lines = ["import { prisma } from '@/lib/db';", ""]
    for j in range(rnd.randint(4, 20)):
        lines += [f"export async function load{i}_{j}(id: string) {{",
                  f"  const row = await prisma.project.findUnique({{ where: {{ id }} }});",
                  f"  if (!row) return null;", f"  return {{ ...row, label: `Project ${{row.name}} #{j}` }};", "}", ""]
    return "\n".join(lines)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    out = sys.argv[2] if len(sys.argv) > 2 else "nextjs-2000"
    rnd = random.Random(n)
    os.makedirs(out, exist_ok=True)
    write(out, "package.json", '{"name":"bench-next","dependencies":{"next":"14.2.3","react":"18.3.1","next-auth":"4.24.7",'
                               '"@prisma/client":"5.14.0","zod":"3.23.8"}}\n')
    write(out, "README.md", "# Bench Next.js app\n\nGenerated for the code-analysis scan benchmark.\n")
    write(out, "src/middleware.ts", "export { default } from 'next-auth/middleware';\n\nexport const config = { matcher: ['/dashboard/:path*'] };\n")
    write(out, "prisma/schema.prisma", "datasource db {\n  provider = \"postgresql\"\n  url = env(\"DATABASE_URL\")\n}\n\n"
          + "".join(f"model M{k} {{\n  id String @id\n  ownerId String\n  owner User @relation(fields: [ownerId], references: [id])\n}}\n\n"
                    for k in range(30)) + "model User {\n  id String @id\n}\n")
    made = 4
    i = 0
    while made < n:
        r = rnd.random()
        if r < 0.62:
            write(out, f"src/components/feature{i // 40}/Widget{i}.tsx", component(i, rnd))
        elif r < 0.72:
            write(out, f"src/app/(app)/section{i // 30}/page{i}/page.tsx", component(i, rnd))
        elif r < 0.82:
            write(out, f"src/app/api/resource{i}/route.ts", route(i, rnd))
        elif r < 0.86:
            write(out, f"src/app/actions/action{i}.ts", action(i, rnd))
        elif r < 0.95:
            write(out, f"src/lib/module{i}.ts", lib(i, rnd))
        elif r < 0.98:
            write(out, f"prisma/migrations/{20240101000000 + i}_m{i}/migration.sql",
                  f"CREATE TABLE \"T{i}\" (\n  \"id\" TEXT PRIMARY KEY,\n  \"ownerId\" TEXT REFERENCES \"User\"(\"id\")\n);\n"
                  f"CREATE INDEX \"T{i}_owner\" ON \"T{i}\"(\"ownerId\");\n")
        else:
            write(out, f"docs/page{i}.md", f"# Page {i}\n\n" + "Some documentation text. " * rnd.randint(10, 200) + "\n")
        made += 1
        i += 1
    subprocess.run(["git", "init", "-q", out], check=True)
    subprocess.run(["git", "-C", out, "add", "-A"], check=True)
    subprocess.run(["git", "-C", out, "-c", "user.email=bench@example.com", "-c", "user.name=bench", "commit", "-q", "-m", "generated"],
                   check=True)


if __name__ == "__main__":
    main()
