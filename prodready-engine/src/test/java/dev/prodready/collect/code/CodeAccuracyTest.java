package dev.prodready.collect.code;

import dev.prodready.fact.Finding;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recall and precision of every analysis over the fixture corpus (src/test/resources/fixtures/code): each planted
 * flaw carries "expect: rule.id" in a comment on the line the finding must point at; each clean look-alike carries
 * "ok: rule.id". A finding on a line without a matching "expect" is a false positive. Both must be at least 90%
 * per analysis. Run alone: ./mvnw -q -o -pl prodready-engine test -Dtest=CodeAccuracyTest
 */
class CodeAccuracyTest {

    private static final Pattern COMMENT = Pattern.compile("(//|#|--|<!--|\\{#|/\\*)\\s*(expect|ok):");
    private static final Pattern MARK = Pattern.compile("\\b(expect|ok):\\s*((?:[\\w.\\-]+\\s*)+?)(?=\\b(?:expect|ok):|-->|\\*/|#}|}|$)");

    /** Rule-id prefix to the analysis it belongs to. */
    static String analysis(String ruleId) {
        String prefix = ruleId.substring(0, ruleId.indexOf('.'));
        return switch (prefix) {
            case "route" -> "routes-and-guards";
            case "sql", "nosql" -> "injection";
            case "html" -> "unsafe-html";
            case "cors", "cookie", "csrf", "headers", "debug", "jwt", "tls", "eval", "ratelimit" -> "web-settings";
            case "rls", "policy", "storage", "dbfunction", "service-role", "firebase" -> "data-rules";
            case "perf" -> "performance";
            case "authcfg" -> "auth-settings";
            default -> prefix;
        };
    }

    record Key(String path, int line, String rule) {
    }

    static final class Tally {
        int expected;
        int found;
        int truePositives;
        int falsePositives;
        int lookalikes;
        final List<String> misses = new ArrayList<>();
        final List<String> extras = new ArrayList<>();

        double recall() {
            return expected == 0 ? 1 : (double) truePositives / expected;
        }

        double precision() {
            return found == 0 ? 1 : (double) truePositives / found;
        }
    }

    @Test
    void everyAnalysisFindsAtLeast90PercentOfPlantedFlawsWithAtLeast90PercentPrecision() {
        Map<String, Tally> tallies = measure();
        StringBuilder table = new StringBuilder(String.format("%-20s %8s %8s %6s %6s %8s %9s%n", "analysis", "planted",
                "found", "tp", "fp", "recall", "precision"));
        tallies.forEach((name, t) -> table.append(String.format("%-20s %8d %8d %6d %6d %7.1f%% %8.1f%%  (%d look-alikes)%n",
                name, t.expected, t.found, t.truePositives, t.falsePositives, 100 * t.recall(), 100 * t.precision(),
                t.lookalikes)));
        tallies.forEach((name, t) -> {
            t.misses.forEach(m -> table.append("  missed ").append(m).append('\n'));
            t.extras.forEach(m -> table.append("  false positive ").append(m).append('\n'));
        });
        System.out.println(table);
        assertThat(tallies).isNotEmpty();
        tallies.forEach((name, t) -> {
            assertThat(t.recall()).as(name + " recall\n" + table).isGreaterThanOrEqualTo(0.9);
            assertThat(t.precision()).as(name + " precision\n" + table).isGreaterThanOrEqualTo(0.9);
        });
    }

    static Map<String, Tally> measure() {
        Map<String, Tally> tallies = new TreeMap<>();
        for (Path app : apps()) {
            Map<Key, Boolean> marks = marks(app);
            CodeScan scan = CodeScan.of(app);
            scan.notes().forEach(n -> System.out.println("note " + app.getFileName() + "/" + n.path() + ": " + n.message()));
            Set<Key> seen = new HashSet<>();
            for (Finding f : scan.findings()) {
                Key key = new Key(f.evidence().path(), f.evidence().line(), f.ruleId());
                if (!seen.add(key)) {
                    continue;
                }
                Tally t = tallies.computeIfAbsent(analysis(f.ruleId()), k -> new Tally());
                t.found++;
                if (Boolean.TRUE.equals(marks.get(key))) {
                    t.truePositives++;
                } else {
                    t.falsePositives++;
                    t.extras.add(app.getFileName() + "/" + key.path() + ":" + key.line() + " " + key.rule() + " — "
                            + f.message());
                }
            }
            marks.forEach((key, expected) -> {
                Tally t = tallies.computeIfAbsent(analysis(key.rule()), k -> new Tally());
                if (expected) {
                    t.expected++;
                    if (!seen.contains(key)) {
                        t.misses.add(app.getFileName() + "/" + key.path() + ":" + key.line() + " " + key.rule());
                    }
                } else {
                    t.lookalikes++;
                }
            });
        }
        return tallies;
    }

    static List<Path> apps() {
        try (Stream<Path> s = Files.list(CodeScan.FIXTURES)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every "expect:" (true) and "ok:" (false) mark in an app, by path, line and rule. */
    static Map<Key, Boolean> marks(Path app) {
        Map<Key, Boolean> marks = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(app)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String rel = app.relativize(file).toString().replace('\\', '/');
                List<String> lines;
                try {
                    lines = Files.readAllLines(file);
                } catch (IOException e) {
                    continue;
                }
                for (int i = 0; i < lines.size(); i++) {
                    Matcher comment = COMMENT.matcher(lines.get(i));
                    if (!comment.find()) {
                        continue;
                    }
                    Matcher m = MARK.matcher(lines.get(i).substring(comment.start()));
                    while (m.find()) {
                        for (String rule : m.group(2).trim().split("\\s+")) {
                            if (rule.contains(".")) {
                                marks.put(new Key(rel, i + 1, rule), m.group(1).equals("expect"));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return marks;
    }
}
