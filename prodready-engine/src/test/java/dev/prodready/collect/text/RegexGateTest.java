package dev.prodready.collect.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A regex gate never turns away text its regex matches, and gates the shapes the rules are written in. */
class RegexGateTest {

    @Test
    void readsTheWordsARegexStartsWith() {
        assertThat(words("\\bRTO\\b")).containsExactly("rto");
        assertThat(words("\\brestor(e|ed|ation)\\w*")).containsExactly("restor");
        assertThat(words("\\b(database|db) (schema|model)s?\\b")).containsExactly("database", "db");
        assertThat(words("(^|/)(run[-_]?books?|playbooks?)(/|x)")).containsExactly("run", "playbook");
        assertThat(words("\\bdeploy(ing|ment)?\\b")).containsExactly("deploy");
        assertThat(words("\\.env\\b")).containsExactly(".env");
        assertThat(words("(?i)^schema$")).containsExactly("schema");
        assertThat(words("\\b(deploy(ment)?|release)\\b.*\\bchecklist\\b")).containsExactly("deploy", "release");
        // rule lists joined with '|': every branch's words
        assertThat(words("\\btake\\b|\\blimit\\b|\\.range\\(|paginat")).containsExactly("take", "limit", ".range(", "paginat");
        assertThat(words("(^|/|\\b)(log_?in|sign-up|2fa)(\\b|/|$)|\\[\\.\\.\\.nextauth\\]"))
                .containsExactly("log", "sign-up", "2fa", "[...nextauth]");
    }

    @Test
    void regexesItCannotReadHaveNoGate() {
        assertThat(words("foo|(?-i)bar")).isNull();
        assertThat(words("foo|[a-z]bar")).isNull();
        assertThat(words("(foo)?bar")).isNull();
        assertThat(words("\\b(a|bc)")).isNull();
        assertThat(words("[a-z]+ing")).isNull();
        assertThat(words("(?<name>x)")).isNull();
        assertThat(RegexGate.of(Pattern.compile("[0-9]+")).mayMatch("anything")).isTrue();
    }

    @Test
    void anchoredRegexesAreTheOnesThatCanOnlyMatchAtTheStart() {
        assertThat(RegexGate.anchoredAtStart(Pattern.compile("^\\s*export\\s+(async\\s+)?function|^\\s*app\\.get"))).isTrue();
        assertThat(RegexGate.anchoredAtStart(Pattern.compile("(?i)^model\\s+\\w+"))).isTrue();
        assertThat(RegexGate.anchoredAtStart(Pattern.compile("^a|b"))).isFalse();
        assertThat(RegexGate.anchoredAtStart(Pattern.compile("(^a|^b)"))).isFalse(); // not read: conservative
        assertThat(RegexGate.anchoredAtStart(Pattern.compile("(?m)^a"))).isFalse();
        assertThat(RegexGate.anchoredAtStart(Pattern.compile("^a", Pattern.MULTILINE))).isFalse();
        assertThat(RegexGate.anchoredAtStart(Pattern.compile("[\\^]a"))).isFalse();
    }

    @Test
    void anchoredPatternsDecideALineWithOneAttemptAsFindDoes() throws IOException {
        List<Pattern> anchored = new ArrayList<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (String resource : List.of("/patterns/security.yml", "/patterns/operations.yml", "/patterns/documentation.yml",
                "/patterns/stack.yml", "/patterns/performance.yml", "/patterns/monitoring.yml",
                "/patterns/infrastructure.yml", "/patterns/compliance.yml", "/patterns/data.yml")) {
            try (InputStream in = RegexGateTest.class.getResourceAsStream(resource)) {
                if (in == null) {
                    continue;
                }
                for (JsonNode p : yaml.readTree(in).path("patterns")) {
                    Pattern regex = Pattern.compile(p.path("regex").asText());
                    if (RegexGate.anchoredAtStart(regex)) {
                        anchored.add(regex);
                    }
                }
            }
        }
        assertThat(anchored).hasSizeGreaterThan(5);
        List<String> lines = realLines();
        int matches = 0;
        for (Pattern pattern : anchored) {
            for (String line : lines) {
                java.util.regex.Matcher m = pattern.matcher("  x\n" + line + "\n");
                m.region(4, 4 + line.length()); // a line inside a file, as the collector sets it
                boolean find = m.find();
                m.region(4, 4 + line.length());
                assertThat(m.lookingAt()).as(pattern + " on " + line).isEqualTo(find);
                matches += find ? 1 : 0;
            }
        }
        assertThat(matches).isGreaterThan(50);
    }

    @Test
    void everyCodeRuleListIsGatedSoundlyOnRealText() throws IOException {
        JsonNode rules;
        try (InputStream in = RegexGateTest.class.getResourceAsStream("/code/rules.yml")) {
            rules = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        List<Pattern> lists = new ArrayList<>();
        for (String section : List.of("patterns", "perf")) {
            rules.path("lists").path(section).fields().forEachRemaining(e -> {
                if (e.getValue().isArray() && e.getValue().size() > 0 && e.getValue().get(0).isTextual()) {
                    List<String> branches = new ArrayList<>();
                    e.getValue().forEach(v -> branches.add(v.asText()));
                    lists.add(Pattern.compile(String.join("|", branches), Pattern.CASE_INSENSITIVE)); // as CodeRules joins them
                }
            });
        }
        List<String> lines = realLines();
        lines.addAll(List.of("/api/auth/[...nextauth] GET", "/login POST handler", "/sign-up POST", "app.post('/2fa')",
                "prisma.user.findMany({ take: 20 })", "const { data } = await supabase.from('t').select('*').range(0, 9)"));
        int gated = 0;
        int matches = 0;
        for (Pattern pattern : lists) {
            RegexGate gate = RegexGate.of(pattern);
            gated += gate.words() != null ? 1 : 0;
            for (String line : lines) {
                if (pattern.matcher(line).find()) {
                    matches++;
                    assertThat(gate.mayMatch(line.toLowerCase(Locale.ROOT))).as(pattern + " on " + line).isTrue();
                }
            }
        }
        assertThat(gated).isGreaterThan(5);
        assertThat(matches).isGreaterThan(100);
    }

    private static List<String> realLines() throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path root : List.of(Path.of("src/test/resources/fixtures"), Path.of("../examples"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.filter(Files::isRegularFile).filter(f -> Files.isReadable(f)).toList()) {
                    lines.add(root.relativize(p).toString().replace('\\', '/'));
                    lines.addAll(new String(Files.readAllBytes(p), StandardCharsets.UTF_8).lines().toList());
                }
            }
        }
        return lines;
    }

    @Test
    void everyRuleRegexMatchIsLetThroughOnRealText() throws IOException {
        List<Pattern> patterns = new ArrayList<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (String resource : List.of("/documents/kinds.yml", "/patterns/security.yml", "/patterns/operations.yml",
                "/patterns/documentation.yml", "/patterns/stack.yml")) {
            try (InputStream in = RegexGateTest.class.getResourceAsStream(resource)) {
                collect(yaml.readTree(in), patterns);
            }
        }
        assertThat(patterns).hasSizeGreaterThan(200);
        List<String> lines = realLines();
        int matches = 0;
        int gated = 0;
        for (Pattern pattern : patterns) {
            RegexGate gate = RegexGate.of(pattern);
            gated += gate.words() != null ? 1 : 0;
            for (String line : lines) {
                if (pattern.matcher(line).find()) {
                    matches++;
                    assertThat(gate.mayMatch(line.toLowerCase(Locale.ROOT))).as(pattern + " on " + line).isTrue();
                }
            }
        }
        assertThat(matches).isGreaterThan(1000);
        assertThat(gated).isGreaterThan(patterns.size() / 2);
    }

    private static void collect(JsonNode node, List<Pattern> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                String key = e.getKey();
                if (List.of("headings", "notHeadings", "files", "anchors", "content", "regex").contains(key)) {
                    (e.getValue().isArray() ? e.getValue() : List.of(e.getValue())).forEach(v -> {
                        JsonNode n = (JsonNode) v;
                        if (n.isTextual()) {
                            try {
                                out.add(Pattern.compile(n.asText(), Pattern.CASE_INSENSITIVE | Pattern.MULTILINE));
                            } catch (RuntimeException ignored) {
                                // not a regex in this file's dialect
                            }
                        }
                    });
                } else {
                    collect(e.getValue(), out);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, out));
        }
    }

    private static List<String> words(String regex) {
        return RegexGate.of(Pattern.compile(regex)).words();
    }
}
