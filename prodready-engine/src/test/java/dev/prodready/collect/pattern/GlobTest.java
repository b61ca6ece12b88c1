package dev.prodready.collect.pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GlobTest {

    @ParameterizedTest(name = "{0} ~ {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "**/Dockerfile | Dockerfile | true",
            "**/Dockerfile | services/api/Dockerfile | true",
            "**/Dockerfile | services/api/Dockerfile.dev | false",
            "*.tf | main.tf | true",
            "*.tf | infra/main.tf | false",
            "**/*.tf | infra/main.tf | true",
            ".github/workflows/*.{yml,yaml} | .github/workflows/ci.yaml | true",
            ".github/workflows/*.{yml,yaml} | .github/workflows/sub/ci.yaml | false",
            "docs/** | docs/a/b.md | true",
            "docs/** | docs | false",
            "**/app/**/privacy/page.tsx | app/privacy/page.tsx | true",
            "**/app/**/privacy/page.tsx | src/app/(legal)/privacy/page.tsx | true",
            "**/migrations/0*.py | shop/migrations/0001_initial.py | true",
            "**/migrations/0*.py | shop/migrations/helpers.py | false",
            "**/[!_]*.md | docs/_draft.md | false",
            "**/[!_]*.md | docs/draft.md | true",
            "file?.txt | file1.txt | true",
            "file?.txt | file/.txt | false",
            "**/{a,b{c,d}}.txt | x/bd.txt | true",
            "a+b(1).txt | a+b(1).txt | true",
    })
    void matches(String glob, String path, boolean expected) {
        assertThat(Glob.of(glob).matches(path)).isEqualTo(expected);
    }

    @Test
    void ignoresCaseWhenAsked() {
        assertThat(Glob.of("**/readme*", true).matches("README.md")).isTrue();
        assertThat(Glob.of("**/readme*").matches("README.md")).isFalse();
    }

    @Test
    void rejectsUnbalancedGlobs() {
        assertThatThrownBy(() -> Glob.of("**/*.{ts,js")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Glob.of("a}b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Glob.of("a[bc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Glob.of(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void indexFindsTheSameGlobsAsTryingEachOne() {
        List<String> globs = List.of("**/Dockerfile", "**/Dockerfile.*", "**/*.tf", "**/*.tf.json", "vercel.json",
                "**/.env.*", "**/docs/adr/**", "**/*.{test,spec}.{ts,tsx}", "**/README*", "**/[Rr]eadme.md");
        GlobIndex<String> index = new GlobIndex<>();
        globs.forEach(g -> index.add(Glob.of(g, g.contains("README")), g));
        List<String> paths = List.of("Dockerfile", "api/Dockerfile.prod", "infra/main.tf", "x.tf.json",
                "vercel.json", "web/vercel.json", ".env.local", "docs/adr/0001-record.md", "src/a.test.ts",
                "src/a.spec.tsx", "README.md", "pkg/readme.md", "main.tfvars");
        for (String path : paths) {
            List<String> expected = globs.stream()
                    .filter(g -> Glob.of(g, g.contains("README")).matches(path)).toList();
            assertThat(index.matching(path)).as(path).isEqualTo(expected);
        }
    }

    /** Every pattern and signal glob of the built-in rules, indexed, against random paths: the index agrees with the regexes. */
    @Test
    void indexOfTheBuiltInGlobsAgreesWithEachGlobsRegexOnRandomPaths() {
        List<Glob> globs = new java.util.ArrayList<>();
        ContentPatterns.builtInLenient().patterns().forEach(p -> p.files().forEach(g -> globs.add(Glob.of(g))));
        GlobIndex<Integer> index = new GlobIndex<>();
        for (int i = 0; i < globs.size(); i++) {
            index.add(globs.get(i), i);
        }
        String[] folders = {"src", "app", "api", "pages", "docs", "supabase", "migrations", "functions", ".github",
                "workflows", "components", "lib", "routes", "privacy", "e2e", "infra", "k8s", "x", "tests", "admin"};
        String[] names = {"page.tsx", "route.ts", "index.js", "a.test.ts", "README.md", "main.tf", "ci.yml",
                "Dockerfile", ".env.example", "001_init.sql", "schema.prisma", "AdminPanel.tsx", "privacy.mdx",
                "x.d.ts", "app.py", "Main.java", "a.TSX", "settings.json", "values.yaml", "Makefile", ".env"};
        java.util.Random random = new java.util.Random(3);
        for (int round = 0; round < 2; round++) { // the second round answers from prepared folders
            random.setSeed(3);
            for (int i = 0; i < 4000; i++) {
                StringBuilder p = new StringBuilder();
                for (int d = random.nextInt(5); d > 0; d--) {
                    p.append(folders[random.nextInt(folders.length)]).append('/');
                }
                String path = p.append(names[random.nextInt(names.length)]).toString();
                List<Integer> expected = new java.util.ArrayList<>();
                java.util.Set<Integer> seen = new java.util.HashSet<>();
                for (int g = 0; g < globs.size(); g++) {
                    if (globs.get(g).matchesByRegex(path) && seen.add(g)) {
                        expected.add(g);
                    }
                }
                assertThat(index.matching(path)).as(path).isEqualTo(expected);
            }
        }
    }
}
