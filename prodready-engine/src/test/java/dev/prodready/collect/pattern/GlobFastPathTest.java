package dev.prodready.collect.pattern;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shortcut for common glob shapes agrees with the regex translation on every path. */
class GlobFastPathTest {

    private static final List<String> GLOBS = List.of("**/*.ts", "**/*.{ts,tsx,js}", "**/*.env", "**/Dockerfile",
            "**/vercel.json", "package.json", "supabase/config.toml", "**/*.d.ts", "**/*.{yml,yaml}");
    private static final List<String> PATHS = List.of("a.ts", "src/a.ts", "src/a.tsx", "src/a.js", "x/.env", ".env",
            "a.env.example", "Dockerfile", "docker/Dockerfile", "docker/Dockerfile.dev", "vercel.json", "app/vercel.json",
            "package.json", "web/package.json", "supabase/config.toml", "x/supabase/config.toml", "types/a.d.ts",
            "A.TS", "ci/build.yml", "ci/build.yaml", "ci/build.yml.bak", "ts", ".ts");

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
}
