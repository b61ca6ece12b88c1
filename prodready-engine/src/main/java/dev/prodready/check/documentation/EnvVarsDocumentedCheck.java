package dev.prodready.check.documentation;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.ContentScan;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.DocumentSignal;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.SignalKind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * docs.env-vars: compares the environment variables the code reads with those named in example env files and
 * documents. All named passes, some missing is partial (naming them), reads with no documentation at all fail.
 */
public final class EnvVarsDocumentedCheck implements Check {

    static final Set<String> READ_PATTERNS = Set.of("env.read-process-env", "env.read-deno", "env.read-import-meta",
            "env.read-python", "env.read-java", "env.read-spring-placeholder");
    static final String EXAMPLE_ENTRY = "env.example-entry";
    static final String DOC_MENTION = "env.doc-mention";

    /** The variable name in each reading form; works on the matched text or on the whole line. */
    private static final Pattern READ_NAME = Pattern.compile(
            "process\\.env(?:\\.|\\[\\s*['\"`])([A-Za-z_][A-Za-z0-9_]*)"
                    + "|Deno\\.env\\.get\\(\\s*['\"`]([A-Za-z_][A-Za-z0-9_]*)"
                    + "|import\\.meta\\.env\\.([A-Za-z_][A-Za-z0-9_]*)"
                    + "|(?:os\\.environ\\s*(?:\\[|\\.get\\(|\\.setdefault\\()|os\\.getenv\\(|\\b(?:env|config)(?:\\.\\w+)?\\()"
                    + "\\s*['\"]([A-Za-z_][A-Za-z0-9_]*)['\"]"
                    + "|System\\.getenv\\(\\s*\"([A-Za-z_][A-Za-z0-9_]*)\""
                    + "|\\$\\{([A-Z][A-Z0-9_]*)(?::[^}]*)?\\}");
    private static final Pattern EXAMPLE_NAME = Pattern.compile("^\\s*(?:#\\s*)?(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern DOC_NAME = Pattern.compile("\\b[A-Z][A-Z0-9_]+\\b");
    /** Set by runtimes, build tools or hosting platforms, not by the team. */
    private static final Set<String> PROVIDED = Set.of("NODE_ENV", "NEXT_RUNTIME", "NEXT_PHASE", "CI", "MODE", "DEV",
            "PROD", "SSR", "BASE_URL", "HOME", "PATH", "PWD", "TZ", "HOSTNAME", "USER");

    @Override
    public String itemId() {
        return "docs.env-vars";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        Map<String, Evidence> reads = reads(facts);
        List<Evidence> docs = documentation(facts);
        if (reads.isEmpty()) {
            if (!docs.isEmpty()) {
                return Outcome.pass("environment variables are documented (" + Locations.of(docs)
                        + "); no reads of environment variables were recognised in the code", docs.stream().limit(5).toList());
            }
            return Outcome.unknown("no environment variable reads were recognised in the code and nothing documents"
                    + " any; if the app is configured another way, this item may not apply");
        }
        if (docs.isEmpty()) {
            List<Evidence> evidence = cite(reads, "; not documented anywhere", 5);
            return Outcome.fail("the code reads " + reads.size() + " environment variable(s) (" + names(reads.keySet())
                    + ") but there is no .env.example or environment variable documentation", evidence);
        }
        Set<String> documented = documentedNames(facts);
        Map<String, Evidence> missing = new LinkedHashMap<>(reads);
        missing.keySet().removeAll(documented);
        if (missing.isEmpty()) {
            return Outcome.pass("all " + reads.size() + " environment variable(s) the code reads are documented in "
                    + Locations.of(docs), docs.stream().limit(5).toList());
        }
        List<Evidence> evidence = new ArrayList<>(cite(missing, "; not in the example file or docs", 8));
        evidence.addAll(docs.stream().limit(2).toList());
        return Outcome.partial(missing.size() + " of " + reads.size() + " environment variable(s) the code reads are"
                + " not documented: " + names(missing.keySet()), evidence);
    }

    /** Each variable read by the code, with where it is first read (facts come ordered by path and line). */
    private static Map<String, Evidence> reads(Facts facts) {
        Map<String, Evidence> out = new LinkedHashMap<>();
        for (ContentMatch m : facts.all(ContentMatch.class, c -> READ_PATTERNS.contains(c.pattern()))) {
            Matcher matcher = READ_NAME.matcher(m.text());
            while (matcher.find()) {
                String name = firstGroup(matcher);
                if (name != null && !provided(name, m.pattern())) {
                    out.putIfAbsent(name, m.evidence());
                }
            }
        }
        return out;
    }

    /** One evidence entry per reading line, naming every variable read there. */
    private static List<Evidence> cite(Map<String, Evidence> reads, String suffix, int max) {
        Map<String, List<String>> namesAt = new LinkedHashMap<>();
        Map<String, Evidence> where = new LinkedHashMap<>();
        reads.forEach((name, at) -> {
            namesAt.computeIfAbsent(at.location(), k -> new ArrayList<>()).add(name);
            where.putIfAbsent(at.location(), at);
        });
        return where.entrySet().stream().limit(max)
                .map(e -> e.getValue().withNote("reads " + String.join(", ", namesAt.get(e.getKey())) + suffix))
                .toList();
    }

    private static List<Evidence> documentation(Facts facts) {
        List<Evidence> out = new ArrayList<>();
        Set<String> files = new HashSet<>();
        facts.all(FileSignal.class, s -> s.kind() == SignalKind.ENV_EXAMPLE).forEach(s -> {
            files.add(s.evidence().path());
            out.add(s.evidence().withNote("example environment file"));
        });
        for (ContentMatch m : ContentScan.matches(facts, EXAMPLE_ENTRY)) {
            if (files.add(m.evidence().path())) {
                out.add(Evidence.file(m.evidence().path(), "example environment file"));
            }
        }
        facts.all(DocumentSignal.class, s -> s.kind() == DocKind.ENV_VARS)
                .forEach(s -> out.add(s.evidence().withNote("environment variables documented")));
        return out;
    }

    private static Set<String> documentedNames(Facts facts) {
        Set<String> out = new HashSet<>();
        for (ContentMatch m : ContentScan.matches(facts, EXAMPLE_ENTRY)) {
            Matcher matcher = EXAMPLE_NAME.matcher(m.text());
            if (matcher.find()) {
                out.add(matcher.group(1));
            }
        }
        for (ContentMatch m : ContentScan.matches(facts, DOC_MENTION)) {
            Matcher matcher = DOC_NAME.matcher(m.text());
            while (matcher.find()) {
                out.add(matcher.group());
            }
        }
        return out;
    }

    private static String firstGroup(Matcher matcher) {
        for (int g = 1; g <= matcher.groupCount(); g++) {
            if (matcher.group(g) != null) {
                return matcher.group(g);
            }
        }
        return null;
    }

    private static boolean provided(String name, String pattern) {
        return PROVIDED.contains(name) || name.startsWith("VERCEL_") || name.startsWith("npm_")
                // Supabase injects SUPABASE_URL, SUPABASE_ANON_KEY, ... into every edge function
                || (pattern.equals("env.read-deno") && name.startsWith("SUPABASE_"));
    }

    private static String names(Set<String> names) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(names));
        String shown = String.join(", ", sorted.subList(0, Math.min(10, sorted.size())));
        return sorted.size() > 10 ? shown + " and " + (sorted.size() - 10) + " more" : shown;
    }
}
