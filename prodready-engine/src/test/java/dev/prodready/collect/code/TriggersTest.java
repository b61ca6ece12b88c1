package dev.prodready.collect.code;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The path triggers, read as folder and name parts with folders remembered, agree with one regex over the path. */
class TriggersTest {

    /** The whole-path form of rules.yml's triggers.paths, as it was written before the folder/name split. */
    private static final Pattern WHOLE_PATH = Pattern.compile(String.join("|",
            "(^|/)app/(.*/)?route\\.[cm]?[jt]sx?$",
            "(^|/)pages/api/",
            "(^|/)(middleware|proxy)\\.[cm]?[jt]s$",
            "(^|/)supabase/functions/",
            "(^|/)(api|server|routes?|controllers?|handlers?|middlewares?|views?|actions|lib|utils|services?|config)/",
            "(^|/)(views|urls|settings|api|auth|security|app|main|server|index)\\.[a-z]+$",
            "(Controller|Config|Configuration|Security|Filter|Resource)\\.java$"));

    @Test
    void folderAndNameRulesAgreeWithTheWholePathRegex() {
        Triggers triggers = Triggers.of(CodeRules.builtIn());
        String[] folders = {"src", "app", "pages", "api", "supabase", "functions", "lib", "components", "server",
                "x", "routes", "config", "feature1", "myapp", "apis"};
        String[] names = {"route.ts", "route.tsx", "route.mjs", "page.tsx", "middleware.ts", "proxy.js", "index.ts",
                "views.py", "urls.py", "main.go", "UserController.java", "AppConfig.java", "util.ts", "app.tsx",
                "middleware.tsx", "server.rb", "a.ts"};
        Random random = new Random(5);
        List<String> paths = new ArrayList<>(List.of("app/route.ts", "route.ts", "src/app/api/x/route.ts",
                "pages/api/a.ts", "supabase/functions/f/index.ts", "src/components/Button.tsx"));
        for (int i = 0; i < 5000; i++) {
            StringBuilder p = new StringBuilder();
            for (int d = random.nextInt(4); d > 0; d--) {
                p.append(folders[random.nextInt(folders.length)]).append('/');
            }
            paths.add(p.append(names[random.nextInt(names.length)]).toString());
        }
        int entryPoints = 0;
        for (int round = 0; round < 2; round++) {
            for (String path : paths) {
                boolean expected = WHOLE_PATH.matcher(path).find();
                assertThat(triggers.entryPoint(path)).as(path).isEqualTo(expected);
                entryPoints += expected ? 1 : 0;
            }
        }
        assertThat(entryPoints).isGreaterThan(1000).isLessThan(2 * paths.size() - 1000);
    }
}
