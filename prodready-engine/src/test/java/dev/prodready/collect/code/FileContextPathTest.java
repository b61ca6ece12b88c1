package dev.prodready.collect.code;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Browser-or-server by path, read as folder and name, agrees with the whole-path regexes it replaced. */
class FileContextPathTest {

    private static final Pattern SERVER_PATH = Pattern.compile(
            "/(api|server|servers|backend|functions|supabase|routes|controllers|middleware|lib/server|scripts|prisma)/"
                    + "|/(route|middleware|proxy|server)\\.[cm]?[jt]sx?$|/app/(.*/)?(page|layout|loading|error|template|default)\\.[jt]sx?$");
    private static final Pattern CLIENT_PATH = Pattern.compile(
            "/(components|hooks|pages|views|screens|contexts|context|store|stores|client|frontend)/|^/src/[^/]+\\.[jt]sx$"
                    + "|\\.(jsx|tsx)$");

    @Test
    void agreesWithTheWholePathRegexesOnRandomPaths() {
        String[] folders = {"src", "app", "api", "lib", "server", "components", "Components", "hooks", "pages", "x",
                "(marketing)", "dashboard", "supabase", "functions", "store", "SRC", "client"};
        String[] names = {"page.tsx", "layout.jsx", "route.ts", "Route.mjs", "middleware.ts", "server.js", "index.tsx",
                "Button.tsx", "util.ts", "main.jsx", "error.tsx", "App.TSX", "api.js", "default.ts"};
        String[] sources = {"export default function X() {}", "'use client';\nexport const a = 1;",
                "// header\n\"use server\"\nexport async function f() {}"};
        Random random = new Random(4);
        int client = 0;
        for (int i = 0; i < 6000; i++) {
            StringBuilder p = new StringBuilder();
            for (int d = random.nextInt(4); d > 0; d--) {
                p.append(folders[random.nextInt(folders.length)]).append('/');
            }
            String path = p.append(names[random.nextInt(names.length)]).toString();
            String source = sources[random.nextInt(sources.length)];
            boolean expected = FileContext.isClient(Language.TSX, "x.tsx", source) && source.contains("use client")
                    || !source.contains("use client") && !source.contains("use server")
                    && !SERVER_PATH.matcher("/" + path.toLowerCase(Locale.ROOT)).find()
                    && CLIENT_PATH.matcher("/" + path.toLowerCase(Locale.ROOT)).find();
            assertThat(FileContext.isClient(Language.TSX, path, source)).as(path + " / " + source).isEqualTo(expected);
            client += expected ? 1 : 0;
        }
        assertThat(client).isBetween(500, 5500);
    }
}
