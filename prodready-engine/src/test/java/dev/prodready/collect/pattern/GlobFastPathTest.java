package dev.prodready.collect.pattern;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shortcuts agree with the whole-path regex translation on every path: the fast path for common glob shapes,
 * and the folder/name split (with the folder's verdict remembered) for the others.
 */
class GlobFastPathTest {

    private static final List<String> GLOBS = List.of("**/*.ts", "**/*.{ts,tsx,js}", "**/*.env", "**/Dockerfile",
            "**/vercel.json", "package.json", "supabase/config.toml", "**/*.d.ts", "**/*.{yml,yaml}", "**/api/**", ".github/**",
            "**/{e2e,cypress}/**", "netlify/functions/**", "**/src/test/**");
    private static final List<String> PATHS = List.of("a.ts", "src/a.ts", "src/a.tsx", "src/a.js", "x/.env", ".env",
            "a.env.example", "Dockerfile", "docker/Dockerfile", "docker/Dockerfile.dev", "vercel.json", "app/vercel.json",
            "package.json", "web/package.json", "supabase/config.toml", "x/supabase/config.toml", "types/a.d.ts",
            "A.TS", "ci/build.yml", "ci/build.yaml", "ci/build.yml.bak", "ts", ".ts", "api/x.ts", "src/api/v1/x.ts",
            "src/apis/x.ts", "myapi/x.ts", "API/X.TS", ".github/workflows/ci.yml", "x/.github/a.yml", "e2e/a.spec.ts",
            "web/cypress/e2e/a.cy.ts", "cypress.config.ts", "netlify/functions/hello.ts", "x/netlify/functions/a.ts",
            "src/test/java/A.java", "app/src/test/A.java", "src/testing/A.java");

    @Test
    void fastPathAndRegexAgree() {
        for (boolean ignoreCase : new boolean[]{false, true}) {
            for (String g : GLOBS) {
                Glob glob = Glob.of(g, ignoreCase);
                for (String p : PATHS) {
                    assertThat(glob.matches(p)).as(g + " ~ " + p + " ignoreCase=" + ignoreCase).isEqualTo(glob.matchesByRegex(p));
                }
            }
        }
    }

    @Test
    void folderAndNameSplitAgreesWithTheWholePathOnRandomPaths() {
        List<String> globs = List.of("src/**/*.tsx", "**/app/**/page.{tsx,jsx}", "{app,src/app}/**/route.ts",
                "a**/x.ts", "**/migrations/*.sql", "*.md", "docs/*.md", "**/{pages,app}/**/*.{ts,tsx}",
                "**/.github/workflows/*.{yml,yaml}", "**/p?ge.tsx", "src/*/lib/*.ts", "**/{a/b,c}.ts", "**/lib/**",
                "{app,lib}/**", "app/**/*.ts", "**/x/", "docs/lib/*.md");
        String[] segments = {"src", "app", "a", "ab", "pages", "docs", "migrations", "lib", ".github", "workflows",
                "c", "b", "x"};
        String[] names = {"page.tsx", "page.jsx", "route.ts", "x.ts", "a.md", "001.sql", "ci.yml", "pyge.tsx",
                "b.ts", "c.ts", "index.tsx", "page.tsx.bak"};
        Random random = new Random(11);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder p = new StringBuilder();
            int depth = random.nextInt(5);
            for (int d = 0; d < depth; d++) {
                p.append(segments[random.nextInt(segments.length)]).append('/');
            }
            paths.add(p.append(names[random.nextInt(names.length)]).toString());
        }
        for (boolean ignoreCase : new boolean[]{false, true}) {
            for (String g : globs) {
                Glob glob = Glob.of(g, ignoreCase);
                for (int round = 0; round < 2; round++) { // the second round answers from remembered folders
                    for (String p : paths) {
                        assertThat(glob.matches(p)).as(g + " ~ " + p).isEqualTo(glob.matchesByRegex(p));
                        assertThat(glob.matches(p.toUpperCase(java.util.Locale.ROOT)))
                                .isEqualTo(glob.matchesByRegex(p.toUpperCase(java.util.Locale.ROOT)));
                    }
                }
            }
        }
    }
}
