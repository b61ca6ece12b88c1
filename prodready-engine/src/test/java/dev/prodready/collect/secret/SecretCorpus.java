package dev.prodready.collect.secret;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds the accuracy corpus from {@code secrets/corpus.tsv} (one row per rule: positive values and near
 * misses, written into several file contexts) and {@code secrets/corpus-extra.yml} (multi-line secrets and
 * everyday lines). Deterministic: the same cases, with the same fake values, on every run.
 */
final class SecretCorpus {

    /** One file-sized test input: the rule it should raise (null for a negative) and rules also allowed. */
    record Case(String expectedRule, Set<String> alsoAllowed, String path, String text, String origin) {
        boolean positive() {
            return expectedRule != null;
        }
    }

    /** A way of writing NAME and VALUE on a line, and the file it would live in. */
    private record Context(String id, String template, String path) {
        String render(String name, String value) {
            String lowerName = name.toLowerCase(Locale.ROOT);
            return template.replace("{NAME}", name).replace("{name}", lowerName).replace("{VALUE}", value);
        }
    }

    private static final List<Context> NAMED = List.of(
            new Context("env", "{NAME}={VALUE}", "deploy/app.env"),
            new Context("env-quoted", "{NAME}=\"{VALUE}\"", "deploy/app.env"),
            new Context("export", "export {NAME}='{VALUE}'", "scripts/env.sh"),
            new Context("yaml", "  {name}: {VALUE}", "config/app.yml"),
            new Context("json", "  \"{NAME}\": \"{VALUE}\",", "config/app.json"),
            new Context("py", "{NAME} = '{VALUE}'", "app/settings.py"),
            new Context("compose", "      - {NAME}={VALUE}", "docker-compose.yml"),
            new Context("js", "export const {NAME} = \"{VALUE}\";", "src/lib/keys.ts"));

    private static final List<Context> NEUTRAL = List.of(
            new Context("ref", "const ref = \"{VALUE}\";", "src/lib/ids.ts"),
            new Context("comment", "# build {VALUE}", "scripts/build.sh"),
            new Context("build-id", "build_id: {VALUE}", "config/build.yml"),
            new Context("label", "LABEL={VALUE}", "deploy/labels.env"));

    private SecretCorpus() {
    }

    static List<Case> load() throws IOException {
        List<Case> cases = new ArrayList<>();
        loadTable(cases);
        loadExtra(cases);
        return cases;
    }

    private static void loadTable(List<Case> cases) throws IOException {
        String table = resource("/secrets/corpus.tsv");
        int row = 0;
        long seed = 0;
        for (String line : table.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 5) {
                throw new IllegalStateException("corpus.tsv row needs 5 columns: " + line);
            }
            String rule = cols[0];
            String name = cols[1];
            List<Context> contexts = cols.length > 5 && !cols[5].isBlank()
                    ? Arrays.stream(cols[5].split(",")).map(id -> NAMED.stream().filter(c -> c.id().equals(id.strip()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no context " + id))).toList()
                    : null;
            List<String> values = split(cols[2]);
            for (int v = 0; v < values.size(); v++) {
                List<Context> use = contexts != null ? contexts
                        : List.of(NAMED.get((row * 2 + v) % NAMED.size()), NAMED.get((row * 2 + v + 3) % NAMED.size()));
                for (Context c : use) {
                    String value = TokenTemplates.expand(values.get(v), seed++);
                    cases.add(new Case(rule, Set.of(), c.path(), c.render(name, value), rule + " value " + v + " in " + c.id()));
                }
            }
            List<String> named = split(cols[3]);
            for (int v = 0; v < named.size(); v++) {
                Context c = contexts != null ? contexts.get(0) : NAMED.get((row + v) % 2 == 0 ? 0 : 3);
                String value = TokenTemplates.expand(named.get(v), seed++);
                cases.add(new Case(null, Set.of(), c.path(), c.render(name, value), rule + " near miss " + v + " in " + c.id()));
            }
            List<String> neutral = split(cols[4]);
            for (int v = 0; v < neutral.size(); v++) {
                Context c = NEUTRAL.get((row + v) % NEUTRAL.size());
                String value = TokenTemplates.expand(neutral.get(v), seed++);
                cases.add(new Case(null, Set.of(), c.path(), c.render(name, value), rule + " neutral " + v + " in " + c.id()));
            }
            row++;
        }
    }

    private static void loadExtra(List<Case> cases) throws IOException {
        JsonNode root;
        try (InputStream in = SecretCorpus.class.getResourceAsStream("/secrets/corpus-extra.yml")) {
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        long seed = 1_000_000;
        int i = 0;
        for (JsonNode node : root.path("positives")) {
            List<String> also = new ArrayList<>();
            node.path("also").forEach(a -> also.add(a.asText()));
            cases.add(new Case(node.get("rule").asText(), Set.copyOf(also), node.get("path").asText(),
                    TokenTemplates.expand(node.get("text").asText(), seed++), "extra positive " + i++));
        }
        i = 0;
        for (JsonNode node : root.path("negatives")) {
            cases.add(new Case(null, Set.of(), node.get("path").asText(),
                    TokenTemplates.expand(node.get("text").asText(), seed++), "extra negative " + i++));
        }
    }

    private static List<String> split(String column) {
        List<String> values = new ArrayList<>();
        for (String v : column.split(" ;; ")) {
            if (!v.isBlank()) {
                values.add(v.strip());
            }
        }
        return values;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SecretCorpus.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
