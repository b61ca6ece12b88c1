package dev.prodready.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Deterministic inputs shared by the benchmarks: keywords, a TSX component, headings, globs and paths. */
final class Corpus {

    private Corpus() {
    }

    /**
     * About 150 keywords of the kind the content patterns, signals and secrets gate on: library names, API calls,
     * configuration keys. None of them occurs in the vocabulary of {@link #component}.
     */
    static List<String> keywords() {
        List<String> words = new ArrayList<>(List.of(
                "resetPasswordForEmail", "signInWithOtp", "getAuthenticatorAssuranceLevel", "totp", "authenticator",
                "multiFactor", "MultiFactorGenerator", "verifyRegistrationResponse", "aal2", "otp_required",
                "httpOnly", "SESSION_COOKIE", "CSRF_COOKIE", "useSecureCookies", "maxAge", "expiresIn",
                "ACCESS_TOKEN_LIFETIME", "PERMANENT_SESSION_LIFETIME", "Sentry.init", "@sentry/", "datadog", "dd-trace",
                "newrelic", "posthog", "mixpanel", "amplitude", "logrocket", "bugsnag", "rollbar", "honeybadger",
                "opentelemetry", "pino", "winston", "bunyan", "structlog", "rateLimit", "ratelimit", "express-rate-limit",
                "@upstash/ratelimit", "slowapi", "throttle", "helmet", "Content-Security-Policy",
                "Strict-Transport-Security", "X-Frame-Options", "cors(", "allowedOrigins", "csrf", "csurf",
                "DOMPurify", "sanitize-html", "dangerouslySetInnerHTML", "eval(", "new Function(", "child_process",
                "execSync", "spawnSync", "createHash", "bcrypt", "argon2", "scrypt", "jsonwebtoken", "jwt.sign",
                "jwt.verify", "jose", "NEXTAUTH_SECRET", "AUTH_SECRET", "stripe", "STRIPE_WEBHOOK_SECRET",
                "constructEvent", "webhooks.construct", "svix", "paypal", "lemonsqueezy", "paddle", "idempotencyKey",
                "idempotency-key", "prisma.$transaction", "$transaction", "knex.transaction", "BEGIN TRANSACTION",
                "pg_dump", "pgbouncer", "connection_limit", "pool_timeout", "statement_timeout", "drizzle-kit",
                "migrate deploy", "supabase.rpc", "service_role", "SUPABASE_SERVICE_ROLE_KEY", "row level security",
                "enable_row_level_security", "createServerClient", "createBrowserClient", "firebase-admin",
                "initializeApp", "getFirestore", "onSnapshot", "redis", "ioredis", "bullmq", "inngest", "trigger.dev",
                "QStash", "cron", "schedule(", "setInterval", "AbortController", "AbortSignal.timeout", "retry",
                "backoff", "circuitBreaker", "p-retry", "healthcheck", "/healthz", "readinessProbe", "livenessProbe",
                "graceful", "SIGTERM", "unstable_cache", "revalidateTag", "revalidatePath", "Cache-Control",
                "s-maxage", "stale-while-revalidate", "next/dynamic", "React.lazy", "next/image", "loading=\"lazy\"",
                "feature flag", "launchdarkly", "growthbook", "unleash", "flagsmith", "FEATURE_", "gdpr", "cookie consent",
                "cookieconsent", "privacy policy", "terms of service", "deleteAccount", "exportData", "i18next",
                "next-intl", "aria-live", "axe-core", "lighthouse", "playwright", "cypress", "vitest", "msw",
                "zod", "yup", "valibot", "safeParse", "z.object"));
        return List.copyOf(words);
    }

    private static final String[] IDENTIFIERS = {
        "Card", "Panel", "Header", "Footer", "Button", "Label", "Title", "Image", "Avatar", "Badge", "Grid", "Row",
        "Column", "Section", "Wrapper", "Item", "Menu", "Link", "Icon", "Text", "Heading", "Hint", "Field", "Form",
        "value", "items", "index", "onClick", "children", "className", "variant", "size", "color", "width", "height",
        "open", "setOpen", "active", "setActive", "data", "label", "title", "href", "name", "count", "total", "user",
        "product", "order", "price", "amount", "currency", "quantity", "selected", "visible", "disabled", "loading",
        "error", "message", "key", "style", "props", "handleChange", "handleSubmit", "event", "target", "list"
    };

    private static final String[] CLASSES = {
        "flex", "grid", "items-center", "justify-between", "gap-2", "gap-4", "p-4", "px-6", "py-2", "mt-4", "mb-2",
        "rounded-lg", "shadow", "text-sm", "text-lg", "font-semibold", "bg-white", "text-gray-700", "border",
        "w-full", "h-10", "hover:bg-gray-50", "space-y-2", "truncate"
    };

    /**
     * A React component in TSX of about {@code size} characters: imports, props, state, handlers and JSX, built
     * from a vocabulary that holds none of {@link #keywords}. With {@code withKeywords}, three keywords are put
     * in at fixed places (a third, half-way and near the end).
     */
    static String component(long seed, int size, boolean withKeywords) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder(size + 512);
        out.append("import { useMemo, useState } from \"react\";\n");
        out.append("import { Card, Panel, Button } from \"@/components/ui\";\n\n");
        out.append("type Props = { items: Item[]; title: string; onSelect: (item: Item) => void };\n\n");
        out.append("export default function ").append(pick(random, IDENTIFIERS)).append("List({ items, title, onSelect }: Props) {\n");
        out.append("  const [open, setOpen] = useState(false);\n");
        out.append("  const total = useMemo(() => items.reduce((sum, item) => sum + item.price, 0), [items]);\n\n");
        int block = 0;
        while (out.length() < size - 200) {
            switch (random.nextInt(4)) {
                case 0 -> out.append("  const ").append(pick(random, IDENTIFIERS).toLowerCase()).append(block)
                        .append(" = ").append(pick(random, IDENTIFIERS).toLowerCase()).append(".filter((x) => x.")
                        .append(pick(random, IDENTIFIERS).toLowerCase()).append(" > ").append(random.nextInt(100))
                        .append(");\n");
                case 1 -> out.append("  function handle").append(pick(random, IDENTIFIERS)).append(block)
                        .append("(event: React.MouseEvent) {\n    setOpen(!open);\n    onSelect(items[")
                        .append(random.nextInt(10)).append("]);\n  }\n");
                case 2 -> out.append("      <").append(pick(random, IDENTIFIERS)).append(" className=\"")
                        .append(pick(random, CLASSES)).append(' ').append(pick(random, CLASSES)).append(' ')
                        .append(pick(random, CLASSES)).append("\">{").append(pick(random, IDENTIFIERS).toLowerCase())
                        .append("}</").append(pick(random, IDENTIFIERS)).append(">\n");
                default -> out.append("  // ").append(pick(random, IDENTIFIERS)).append(' ')
                        .append(pick(random, IDENTIFIERS).toLowerCase()).append(" for the ")
                        .append(pick(random, IDENTIFIERS).toLowerCase()).append(" view\n");
            }
            block++;
        }
        out.append("  return <Panel title={title}>{total}</Panel>;\n}\n");
        if (withKeywords) {
            out.insert(out.length() * 9 / 10, "\n  const schema = z.object({ name: z.string() });\n");
            out.insert(out.length() / 2, "\n  const limiter = rateLimit({ windowMs: 60_000 });\n");
            out.insert(out.length() / 3, "\nimport * as Sentry from \"@sentry/nextjs\";\n");
        }
        return out.toString();
    }

    static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    /**
     * {@code count} TypeScript route files: {@code small} is the route of bench/scan/generate.py (a Supabase select,
     * about 300 bytes); {@code handler} a 2-3 KB Next.js handler pair with auth, validation, SQL and error paths.
     */
    static List<String> routes(String shape, int count) {
        List<String> files = new ArrayList<>(count);
        Random random = new Random(7);
        for (int i = 0; i < count; i++) {
            if (shape.equals("small")) {
                files.add("import { createClient } from '@supabase/supabase-js';\n\n"
                        + "export async function GET(request: Request) {\n"
                        + "  const supabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_ANON_KEY!);\n"
                        + "  const { data } = await supabase.from('table" + i + "').select('*');\n"
                        + "  return Response.json(data);\n}\n");
                continue;
            }
            StringBuilder out = new StringBuilder(3000);
            out.append("import { NextResponse } from 'next/server';\n")
                    .append("import { z } from 'zod';\n")
                    .append("import { getServerSession } from 'next-auth';\n")
                    .append("import { db } from '@/lib/db';\n\n")
                    .append("const Body").append(i).append(" = z.object({ name: z.string().min(1), amount: z.number(), ")
                    .append("tags: z.array(z.string()).optional() });\n\n")
                    .append("export async function GET(req: Request, { params }: { params: { id: string } }) {\n")
                    .append("  const session = await getServerSession();\n")
                    .append("  if (!session) {\n    return NextResponse.json({ error: 'unauthorized' }, { status: 401 });\n  }\n")
                    .append("  const rows = await db.query(`SELECT * FROM items").append(i)
                    .append(" WHERE id = $1 AND owner = $2`, [params.id, session.user.id]);\n");
            int fields = 4 + random.nextInt(12);
            for (int f = 0; f < fields; f++) {
                out.append("  const ").append(pick(random, IDENTIFIERS).toLowerCase()).append(f)
                        .append(" = rows.map((row) => row.").append(pick(random, IDENTIFIERS).toLowerCase())
                        .append(" ?? ").append(f).append(");\n");
            }
            out.append("  return NextResponse.json({ rows, total: rows.length });\n}\n\n")
                    .append("export async function POST(req: Request) {\n")
                    .append("  const parsed = Body").append(i).append(".safeParse(await req.json());\n")
                    .append("  if (!parsed.success) {\n")
                    .append("    return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });\n  }\n")
                    .append("  try {\n")
                    .append("    const { name, amount, tags = [] } = parsed.data;\n")
                    .append("    for (const tag of tags) {\n")
                    .append("      await db.query('INSERT INTO tags (name, item) VALUES ($1, $2)', [tag, name]);\n    }\n")
                    .append("    const created = await db.query('INSERT INTO items").append(i)
                    .append(" (name, amount) VALUES ($1, $2) RETURNING id', [name, amount]);\n")
                    .append("    return NextResponse.json({ id: created.rows[0].id }, { status: 201 });\n")
                    .append("  } catch (error) {\n    console.error('create failed', error);\n")
                    .append("    return NextResponse.json({ error: 'internal' }, { status: 500 });\n  }\n}\n");
            files.add(out.toString());
        }
        return files;
    }
}
