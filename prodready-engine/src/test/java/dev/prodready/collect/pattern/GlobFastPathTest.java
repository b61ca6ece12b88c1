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
    void regexesAreGatedByTheMostSelectiveLiteralTextOfTheGlob() {
        assertThat(Glob.of("**/*{privacy,legal}*.{tsx,md}").gates())
                .containsExactly(List.of(), List.of(), List.of("privacy", "legal"));
        assertThat(Glob.of("**/routes/**/*[._]{terms,tos}.{tsx,jsx}").gates())
                .containsExactly(List.of("routes/"), List.of(), List.of());
        assertThat(Glob.of("**/db/migration/**/V*__*.sql").gates())
                .containsExactly(List.of(), List.of("db/migration/"), List.of(".sql"));
        assertThat(Glob.of("**/*{Privacy,PRIVACY,privacy}*.md", true).gates().get(2)).containsExactly("privacy");
        // a non-ASCII word is left to the regex's Unicode case folding
        assertThat(Glob.of("**/*\u00c4\u00d6\u00dc\u00df*.md", true).gates().get(2)).containsExactly(".md");
    }

    @Test
    void folderAndNameSplitAgreesWithTheWholePathOnRandomPaths() {
        List<String> globs = List.of("src/**/*.tsx", "**/app/**/page.{tsx,jsx}", "{app,src/app}/**/route.ts",
                "a**/x.ts", "**/migrations/*.sql", "*.md", "docs/*.md", "**/{pages,app}/**/*.{ts,tsx}",
                "**/.github/workflows/*.{yml,yaml}", "**/p?ge.tsx", "src/*/lib/*.ts", "**/{a/b,c}.ts", "**/lib/**",
                "{app,lib}/**", "app/**/*.ts", "**/x/", "docs/lib/*.md",
                // shapes whose regex is gated by the literal text a match must contain
                "**/*{privacy,legal}*.{tsx,md}", "**/routes/**/*[._]{terms,tos}.{tsx,jsx}", "**/db/migration/**/V*__*.sql",
                "**/{pages,routes}/**/*[Aa]dmin*.ts", "**/*.{test,spec}.{ts,js}", "src/**/db/*.sql", "**/*Ä*.md",
                "x/**/\\{a\\}*.ts");
        String[] segments = {"src", "app", "a", "ab", "pages", "docs", "migrations", "lib", ".github", "workflows",
                "c", "b", "x", "routes", "db", "migration", "Routes", "DB"};
        String[] names = {"page.tsx", "page.jsx", "route.ts", "x.ts", "a.md", "001.sql", "ci.yml", "pyge.tsx",
                "b.ts", "c.ts", "index.tsx", "page.tsx.bak", "privacy.tsx", "my-legal.md", "PRIVACY.md", "_terms.tsx",
                "x.tos.jsx", "V1__init.sql", "v2__b.sql", "Admin.ts", "xadmin.ts", "a.test.ts", "b.spec.js", "äÄ.md",
                "{a}b.ts", "\u212Aelvin-legal.md", "ſ.md", "LEGAL\u212A.tsx", "Privacy.TSX"};
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
