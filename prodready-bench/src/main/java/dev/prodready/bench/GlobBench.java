package dev.prodready.bench;

import dev.prodready.collect.pattern.Glob;
import dev.prodready.collect.pattern.GlobIndex;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link GlobIndex#matching} against trying every {@link Glob#matches} on each path: about 300 distinct globs
 * of the shapes the pattern and signal files use, over 10,000 paths of a generated Next.js/Supabase repository.
 * One call matches every path; both sides count the (glob, path) pairs that match and must agree.
 * Both sides keep the caches they keep in a scan (per folder), so this is the steady state of a large tree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GlobBench {

    private static final String[] LANGUAGES = {
        "js", "jsx", "ts", "tsx", "mjs", "cjs", "mts", "vue", "svelte", "astro", "py", "java", "kt", "go", "rb", "php",
        "sql", "json", "toml", "yml", "yaml", "conf", "md", "mdx", "sh", "tf", "properties"
    };

    private static final String[] FOLDERS = {
        "api", "app", "pages", "components", "lib", "utils", "server", "actions", "hooks", "middleware", "supabase",
        "prisma", "migrations", "schemas", "functions", "workers", "jobs", "cron", "scripts", "config", "docs",
        "tests", "__tests__", "e2e", "public", "auth", "admin", "billing", "webhooks", "emails"
    };

    private static final String[] NAMES = {
        "package.json", "Dockerfile", "docker-compose.yml", "vercel.json", "netlify.toml", "firebase.json",
        "next.config.js", "next.config.mjs", "middleware.ts", "Jenkinsfile", "Procfile", "Makefile", "Caddyfile",
        "wrangler.toml", "fly.toml", "render.yaml", "app.json", "tsconfig.json", "pnpm-lock.yaml", "sentry.client.config.ts",
        "instrumentation.ts", "schema.prisma", "config.toml", "storage.rules", "firestore.rules", "_headers",
        ".gitlab-ci.yml", "bitbucket-pipelines.yml", "azure-pipelines.yml", "openapi.yaml"
    };

    private List<Glob> globs;
    private GlobIndex<Integer> index;
    private String[] paths;

    @Setup
    public void setUp() {
        globs = globs().stream().map(Glob::of).toList();
        index = new GlobIndex<>();
        for (int g = 0; g < globs.size(); g++) {
            index.add(globs.get(g), g);
        }
        paths = paths(new Random(11), 10_000);
        long engine = engine();
        long peer = everyGlob();
        if (engine != peer) {
            throw new IllegalStateException("index found " + engine + " matches, every glob " + peer);
        }
    }

    /** The number of (glob, path) matches, through the index. */
    @Benchmark
    public long engine() {
        long matches = 0;
        for (String path : paths) {
            matches += index.matching(path).size();
        }
        return matches;
    }

    /** The same count, trying each glob's own {@code matches} on each path. */
    @Benchmark
    public long everyGlob() {
        long matches = 0;
        for (String path : paths) {
            for (Glob glob : globs) {
                if (glob.matches(path)) {
                    matches++;
                }
            }
        }
        return matches;
    }

    /** About 300 distinct globs in the shapes of the pattern and signal files. */
    static List<String> globs() {
        Set<String> out = new LinkedHashSet<>(List.of(
                "**/*.{ts,tsx}", "**/*.{js,jsx,ts,tsx,mjs,cjs}", "**/*.{js,jsx,ts,tsx,mjs,cjs,vue,svelte,astro}",
                "**/*.{js,jsx,ts,tsx,mjs,cjs,py,java,kt,rb,php}", "**/*.{yml,yaml}", "**/*.{yml,yaml,json}",
                "**/*.{tf,tofu}", "**/*.{test,spec}.*", "**/*.d.ts", "**/Dockerfile*", "**/nginx*", "**/.env",
                "**/.env.*", "**/.env.example", "**/.env.sample", "**/.env.template", "**/app/**/page.{tsx,jsx}",
                "**/app/**/layout.{tsx,jsx}", "**/app/**/route.{ts,js}", "**/pages/api/**", "**/api/**",
                "src/**/*.tsx", "src/**/*.ts", "app/**/*.tsx", "**/components/**", "**/__tests__/**",
                ".github/workflows/*.{yml,yaml}", ".github/**", "**/.gitlab/**/*.{yml,yaml}", ".circleci/config.yml",
                "**/supabase/migrations/**/*.sql", "**/supabase/schemas/**/*.sql", "**/supabase/config.toml",
                "**/prisma/schema.prisma", "**/prisma/migrations/**/migration.sql", "**/application*.{properties,yml,yaml}",
                "**/values-*.yaml", "**/values.*.yml", "**/Pulumi.*.yaml", "**/test_*.py", "**/*_test.go",
                "**/middleware.{ts,js}", "**/next.config.{js,mjs,ts}", "**/sentry.*.config.{ts,js}",
                "**/instrumentation.{ts,js}", "docs/**/*.md", "**/*.{md,mdx,txt,rst,adoc}", "**/README*"));
        for (String lang : LANGUAGES) {
            out.add("**/*." + lang);
            out.add("src/**/*." + lang);
        }
        for (String name : NAMES) {
            out.add("**/" + name);
        }
        Random random = new Random(5);
        for (String folder : FOLDERS) {
            out.add("**/" + folder + "/**");
            out.add(folder + "/**");
            out.add("**/" + folder + "/**/*.{" + Corpus.pick(random, LANGUAGES) + "," + Corpus.pick(random, LANGUAGES) + "}");
            out.add("**/" + folder + "/*." + Corpus.pick(random, LANGUAGES));
            out.add("**/" + folder + "/**/" + Corpus.pick(random, FOLDERS) + ".*");
        }
        while (out.size() < 300) {
            out.add("**/" + Corpus.pick(random, FOLDERS) + "/**/*" + Corpus.pick(random, FOLDERS) + "*."
                    + Corpus.pick(random, LANGUAGES));
        }
        return new ArrayList<>(out);
    }

    /** Paths of a Next.js/Supabase app: components, app routes, API routes, lib, migrations, docs, config. */
    static String[] paths(Random random, int count) {
        String[] out = new String[count];
        for (int p = 0; p < count; p++) {
            int kind = random.nextInt(100);
            String feature = Corpus.pick(random, FOLDERS);
            int n = random.nextInt(400);
            if (kind < 55) {
                out[p] = "src/components/" + feature + "/" + "Widget" + n + (random.nextInt(5) == 0 ? ".test.tsx" : ".tsx");
            } else if (kind < 65) {
                out[p] = "src/app/" + feature + "/item" + n + "/" + (random.nextBoolean() ? "page.tsx" : "layout.tsx");
            } else if (kind < 75) {
                out[p] = "src/app/api/" + feature + "/r" + n + "/route.ts";
            } else if (kind < 83) {
                out[p] = "src/lib/" + feature + "/util" + n + "." + Corpus.pick(random, LANGUAGES);
            } else if (kind < 88) {
                out[p] = "supabase/migrations/2024" + String.format("%04d", n) + "_" + feature + ".sql";
            } else if (kind < 92) {
                out[p] = "docs/" + feature + "/note" + n + ".md";
            } else if (kind < 95) {
                out[p] = "public/images/" + feature + n + ".png";
            } else if (kind < 98) {
                out[p] = (random.nextBoolean() ? "" : "packages/" + feature + "/") + Corpus.pick(random, NAMES);
            } else {
                out[p] = random.nextBoolean() ? ".env." + feature : ".github/workflows/" + feature + ".yml";
            }
        }
        return out;
    }
}
