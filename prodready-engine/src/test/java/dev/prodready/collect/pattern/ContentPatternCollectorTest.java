package dev.prodready.collect.pattern;

import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.ScanCoverage;
import dev.prodready.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContentPatternCollectorTest {

    private static final List<ContentPattern> PATTERNS =
            ContentPatterns.load(List.of("fixtures/patterns/test-patterns.yml"));

    private static RecordingSink run(Path root) throws Exception {
        RecordingSink sink = new RecordingSink();
        new ContentPatternCollector(PATTERNS).collect(Workspace.open(root), sink);
        return sink;
    }

    @Test
    void emitsOneMatchPerMatchingLineWithPathAndLine() throws Exception {
        RecordingSink sink = run(Path.of("src/test/resources/fixtures/patterns/repo"));
        assertThat(sink.all(ContentMatch.class))
                .extracting(m -> m.pattern() + " " + m.evidence().location() + " " + m.text())
                .containsExactlyInAnyOrder(
                        "test.readme-only README.md:3 ## Deploy",
                        "test.rate-limit src/lib/api.py:3 @limiter.limit(\"5 per minute\")",
                        "test.rate-limit src/lib/server.js:2 app.use(rateLimit({ windowMs: 60_000, max: 100 }));",
                        "test.sentry-init src/lib/monitoring.ts:4 Sentry.init({");
        // docs/notes.md holds both texts but no glob applies to it; README.md's rule is anchored to the root.
        assertThat(sink.all(ScanCoverage.class)).singleElement()
                .satisfies(c -> assertThat(c.units()).isEqualTo(4));
        assertThat(sink.notes).isEmpty();
    }

    @Test
    void capsTextAtTwoHundredCharactersAndTrimsIt(@TempDir Path root) throws Exception {
        String longLine = "    Sentry.init({ dsn: '" + "x".repeat(400) + "' })   ";
        Files.writeString(root.resolve("a.ts"), "\n\r\n" + longLine + "\r\n");
        ContentMatch match = run(root).all(ContentMatch.class).get(0);
        assertThat(match.text()).hasSize(200).startsWith("Sentry.init({ dsn: 'xxx");
        assertThat(match.evidence().line()).isEqualTo(3);
    }

    @Test
    void skipsBinariesHugeFilesAndOverlongLinesWithNotes(@TempDir Path root) throws Exception {
        Files.write(root.resolve("bin.js"), new byte[] {'r', 'a', 't', 'e', 'L', 'i', 'm', 'i', 't', '(', 0, 1, 2});
        Files.writeString(root.resolve("big.js"), "rateLimit(1)\n" + "//".repeat(1_100_000));
        Files.writeString(root.resolve("min.js"), "rateLimit(1);" + "a".repeat(20_000) + "\nrateLimit(2)\n");
        Files.write(root.resolve("latin1.js"), "// caf\u00e9\nrateLimit(3)\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        RecordingSink sink = run(root);
        assertThat(sink.all(ContentMatch.class)).extracting(m -> m.evidence().location())
                .containsExactlyInAnyOrder("min.js:2", "latin1.js:2");
        assertThat(sink.notes).extracting(n -> n.path() + ": " + n.message()).anySatisfy(n -> assertThat(n)
                .startsWith("big.js: larger than 2 MB")).anySatisfy(n -> assertThat(n).startsWith("min.js: lines longer"));
    }

    @Test
    void capsMatchesPerPatternAndFile(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("many.js"), "rateLimit(1)\n".repeat(150));
        RecordingSink sink = run(root);
        assertThat(sink.all(ContentMatch.class)).hasSize(ContentPatternCollector.MAX_MATCHES_PER_PATTERN_PER_FILE);
        assertThat(sink.notes).singleElement().satisfies(n -> assertThat(n.message()).contains("test.rate-limit"));
    }

    @Test
    void aPatternThatBlowsUpOnOneFileBecomesANote(@TempDir Path root) throws Exception {
        ContentPattern recursive = new ContentPattern("test.recursive", List.of("**/*.txt"), List.of("a"),
                java.util.regex.Pattern.compile("(a|b)*c"), List.of(), List.of(), "inline");
        Files.writeString(root.resolve("deep.txt"), "ab".repeat(4_900));
        Files.writeString(root.resolve("ok.txt"), "aac");
        RecordingSink sink = new RecordingSink();
        new ContentPatternCollector(List.of(recursive)).collect(Workspace.open(root), sink);
        assertThat(sink.all(ContentMatch.class)).extracting(m -> m.evidence().location()).contains("ok.txt:1");
        assertThat(sink.notes).extracting(n -> n.path()).containsOnly("deep.txt");
    }

    @Test
    void aRegexRunsOnlyOnLinesHoldingOneOfItsKeywordsAndOncePerLine(@TempDir Path root) throws Exception {
        ContentPattern listen = new ContentPattern("test.listen", List.of("**/*.js"), List.of("express", "listen"),
                java.util.regex.Pattern.compile("app\\.(listen|use)\\("), List.of(), List.of(), "inline");
        Files.writeString(root.resolve("server.js"), String.join("\n",
                "const express = require('express');",
                "app.use(cors());",
                "app.listen(3000); // listen listen",
                "") );
        RecordingSink sink = new RecordingSink();
        new ContentPatternCollector(List.of(listen)).collect(Workspace.open(root), sink);
        // Line 2 would match the regex, but none of the pattern's keywords is on it.
        assertThat(sink.all(ContentMatch.class)).extracting(m -> m.evidence().location()).containsExactly("server.js:3");
    }

    @Test
    void aDefectivePatternFileIsNotedAndTheOthersStillRun(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("a.ts"), "Sentry.init({ dsn })\n");
        ContentPatterns.Loaded loaded = ContentPatterns.loadLenient(List.of("fixtures/patterns/broken-patterns.yml",
                "fixtures/patterns/test-patterns.yml", "fixtures/patterns/test-patterns.yml"));
        RecordingSink sink = new RecordingSink();
        new ContentPatternCollector(() -> loaded).collect(Workspace.open(root), sink);
        assertThat(sink.all(ContentMatch.class)).extracting(ContentMatch::pattern).containsExactly("test.sentry-init");
        assertThat(sink.notes).extracting(n -> n.message())
                .anySatisfy(m -> assertThat(m).contains("broken-patterns.yml").contains("bad regex").contains("not run"))
                .anySatisfy(m -> assertThat(m).contains("duplicate pattern id 'test.sentry-init'"));
    }
}
