package dev.prodready.collect.pattern;

import dev.prodready.fact.ContentMatch;
import dev.prodready.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated tree of 5,000 source files and 150 patterns shaped like the real ones (a keyword, a regex with
 * a call or assignment around it): every planted line is found, nothing else, and the scan stays in seconds.
 */
class ContentPatternThroughputTest {

    private static final int FILES = 5_000;
    private static final int PATTERNS = 150;

    @Test
    void fiveThousandFilesInSeconds(@TempDir Path root) throws Exception {
        Random random = new Random(7);
        List<ContentPattern> patterns = new ArrayList<>();
        for (int p = 0; p < PATTERNS; p++) {
            String keyword = "marker" + p + "Call";
            String glob = p % 3 == 0 ? "**/*.py" : "**/*.{ts,tsx,js}";
            patterns.add(new ContentPattern("perf.pattern-" + p, List.of(glob), List.of(keyword),
                    Pattern.compile("\\b" + keyword + "\\s*\\(\\s*\\{?\\s*\\w+"), List.of(), List.of(), "generated"));
        }
        String[] filler = {
                "const value = compute(input, options) ?? defaultValue; // ordinary code",
                "export function handler(req, res) { return res.status(200).json({ ok: true }); }",
                "    if (user && user.role === 'admin') { audit.log('admin action', user.id); }",
                "import { something } from '../lib/something';",
                "    items.map((item) => item.price * item.quantity).reduce((a, b) => a + b, 0);",
        };
        int planted = 0;
        long bytes = 0;
        for (int f = 0; f < FILES; f++) {
            boolean python = f % 3 == 0;
            String ext = python ? "py" : f % 2 == 0 ? "ts" : "js";
            StringBuilder text = new StringBuilder();
            for (int line = 0; line < 80; line++) {
                text.append(filler[random.nextInt(filler.length)]).append('\n');
                if (random.nextInt(400) == 0) {
                    // A pattern whose glob fits this file: the line must be found.
                    int p = 3 * random.nextInt(PATTERNS / 3) + (python ? 0 : 1);
                    text.append("  marker").append(p).append("Call({ option: 1 })\n");
                    planted++;
                }
                if (random.nextInt(400) == 0) {
                    // The keyword without the call shape: the gate opens, the regex says no.
                    text.append("  // marker").append(random.nextInt(PATTERNS)).append("Call is documented elsewhere\n");
                }
            }
            Path file = root.resolve("src/module" + (f % 50) + "/file" + f + "." + ext);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            bytes += text.length();
        }
        Workspace workspace = Workspace.open(root);
        RecordingSink sink = new RecordingSink();
        long start = System.nanoTime();
        new ContentPatternCollector(patterns).collect(workspace, sink);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("content patterns: %d files, %.1f MB, %d patterns in %.2f s (%.1f MB/s, %.0f files/s)%n",
                FILES, bytes / 1e6, PATTERNS, seconds, bytes / 1e6 / seconds, FILES / seconds);
        assertThat(sink.all(ContentMatch.class)).hasSize(planted);
        assertThat(sink.all(ContentMatch.class)).allSatisfy(m -> assertThat(m.text()).startsWith("marker"));
        assertThat(seconds).as("a 5,000-file scan must stay in seconds even on a busy machine").isLessThan(30);

        // Again with the texts already decoded (other collectors usually read them first): the matching cost alone.
        RecordingSink warm = new RecordingSink();
        start = System.nanoTime();
        new ContentPatternCollector(patterns).collect(workspace, warm);
        seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("content patterns, texts already read: %.2f s (%.1f MB/s)%n", seconds, bytes / 1e6 / seconds);
        assertThat(warm.all(ContentMatch.class)).hasSize(planted);
    }
}
