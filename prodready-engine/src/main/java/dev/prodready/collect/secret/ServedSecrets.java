package dev.prodready.collect.secret;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prodready.catalogue.Severity;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Finding;
import dev.prodready.fact.Note;
import dev.prodready.workspace.SourceFile;
import dev.prodready.workspace.Workspace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Secrets in what a deployed site serves to every visitor (its JavaScript bundles and public source maps),
 * and the repository secrets that turn out to be among them. The secret values stay inside this package:
 * callers get findings (redacted) and value keys (hashes), never a value.
 */
public final class ServedSecrets {

    /** Rule id of the second finding a repository secret gets when the deployed site serves it too. */
    public static final String SERVED_RULE = "secret.served-live";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile SecretEngine builtIn;

    /**
     * One text fetched from the site.
     *
     * @param sourceMap the text is a source map: its {@code sourcesContent} entries are scanned one by one,
     *                  under the names of the original files
     */
    public record Served(String url, String text, boolean sourceMap) {
    }

    /**
     * @param findings   one per secret per served URL
     * @param servedKeys value key of every served secret that is not public by design, with the first URL
     *                   serving it
     */
    public record Result(List<Finding> findings, Map<String, String> servedKeys, List<String> notes) {
        public Result {
            findings = List.copyOf(findings);
            servedKeys = Map.copyOf(servedKeys);
            notes = List.copyOf(notes);
        }
    }

    private ServedSecrets() {
    }

    private static SecretEngine engine(RuleBook book) {
        if (book != RuleBook.builtIn()) {
            return new SecretEngine(book);
        }
        SecretEngine e = builtIn;
        if (e == null) {
            synchronized (ServedSecrets.class) {
                if (builtIn == null) {
                    builtIn = new SecretEngine(book);
                }
                e = builtIn;
            }
        }
        return e;
    }

    public static Result scan(List<Served> texts) {
        return scan(texts, RuleBook.builtIn());
    }

    public static Result scan(List<Served> texts, RuleBook book) {
        SecretEngine engine = engine(book);
        // Served text is client code by definition; names and files are not what decides exposure here.
        ClientExposure exposure = new ClientExposure(book.allowlist().clientEnvPrefixes(), false, false);
        List<Finding> findings = new ArrayList<>();
        Map<String, String> keys = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Served s : texts) {
            for (Part part : parts(s, notes)) {
                SecretEngine.BlobResult result;
                try {
                    result = engine.scan(part.path(), part.text(), exposure);
                } catch (StackOverflowError | RuntimeException e) {
                    notes.add(s.url() + " could not be scanned for secrets: " + e.getClass().getSimpleName());
                    continue;
                }
                for (SecretMatch m : result.matches()) {
                    String valueKey = Redaction.valueKey(m.secret());
                    if (!seen.add(s.url() + '\u0000' + valueKey)) {
                        continue;
                    }
                    findings.add(served(m, s, part));
                    if (m.rule().role() != Role.PUBLIC && !m.local()) {
                        keys.putIfAbsent(valueKey, s.url());
                    }
                }
            }
        }
        return new Result(findings, keys, notes);
    }

    /** A piece of served text to scan: the whole text, or one original file held in a source map. */
    private record Part(String path, String text, String where) {
    }

    private static List<Part> parts(Served s, List<String> notes) {
        String plain = "served/" + s.url().replaceAll("^[a-z]+://", "").replaceAll("[?#].*$", "");
        if (!s.sourceMap()) {
            return List.of(new Part(plain, s.text(), null));
        }
        JsonNode map;
        try {
            map = JSON.readTree(s.text());
        } catch (Exception e) {
            notes.add(s.url() + " is not valid JSON; scanned as plain text for secrets");
            return List.of(new Part(plain, s.text(), null));
        }
        JsonNode sources = map == null ? null : map.get("sources");
        JsonNode contents = map == null ? null : map.get("sourcesContent");
        if (sources == null || contents == null || !contents.isArray()) {
            return List.of(new Part(plain, s.text(), null));
        }
        List<Part> out = new ArrayList<>();
        int skipped = 0;
        for (int i = 0; i < contents.size(); i++) {
            JsonNode content = contents.get(i);
            if (content == null || !content.isTextual()) {
                continue;
            }
            String name = sources.has(i) && sources.get(i).isTextual() ? sources.get(i).asText() : "source " + i;
            // Library code inside a map repeats published packages (and their documentation examples); the
            // bundle itself is scanned as well, so a value inlined into a library still shows there.
            if (name.contains("node_modules/")) {
                skipped++;
                continue;
            }
            String virtual = name.replaceAll("^[a-zA-Z-]+://+", "").replaceAll("^(?:\\.\\./|\\./|/)+", "");
            out.add(new Part(virtual.isEmpty() ? plain : virtual, content.asText(), name));
        }
        if (skipped > 0) {
            notes.add(s.url() + ": " + skipped + " node_modules sources in the source map not scanned for secrets");
        }
        return out;
    }

    private static Finding served(SecretMatch m, Served s, Part part) {
        SecretRule rule = m.rule();
        String what = s.sourceMap() ? "the public source map " + s.url() : "the script " + s.url();
        String note = rule.provider() + "; "
                + (part.where() == null ? "line " + m.line() : "original file " + part.where() + ", line " + m.line())
                + " of the served " + (s.sourceMap() ? "source map" : "script");
        Severity severity;
        String item;
        String message;
        if (rule.role() == Role.PUBLIC) {
            // A publishable key is made to be served; an alarm here would be false.
            severity = Severity.INFO;
            item = FindingFactory.IN_CODE;
            message = rule.title() + " in " + what + ": public by design, nothing to rotate. Keep the access"
                    + " rules behind it (domain restrictions, row-level security) tight.";
        } else if (m.local()) {
            severity = Severity.LOW;
            item = FindingFactory.IN_CODE;
            message = rule.title() + " for a local or container host is in " + what + "; it guards nothing in"
                    + " production but should not ship to browsers.";
        } else {
            severity = Severity.CRITICAL;
            item = rule.clientItem().orElse(FindingFactory.CLIENT_ENV);
            message = rule.title() + " is in " + what + ", which the deployed site sends to every visitor."
                    + " Rotate it now and keep it on the server.";
        }
        return new Finding(rule.ruleId(), item, severity, message, m.redacted(),
                Redaction.fingerprint(rule.ruleId(), s.url(), m.secret()), Evidence.live(s.url(), note));
    }

    /**
     * Scans the workspace's files and returns, for every secret whose value the site also serves (by value
     * key), a critical finding at the repository line that cites the serving URL.
     */
    public static List<Finding> escalate(Workspace workspace, Map<String, String> servedKeys, List<Note> notes) {
        if (servedKeys.isEmpty()) {
            return List.of();
        }
        RuleBook book = RuleBook.builtIn();
        SecretEngine engine = engine(book);
        ClientExposure exposure = ClientExposure.of(workspace, book.allowlist());
        List<SourceFile> files = workspace.files();
        @SuppressWarnings("unchecked")
        List<Finding>[] found = new List[files.size()];
        IntStream.range(0, files.size()).parallel().forEach(i -> {
            SourceFile file = files.get(i);
            Optional<String> text = file.text();
            if (text.isEmpty()) {
                found[i] = List.of();
                return;
            }
            try {
                List<Finding> out = new ArrayList<>();
                for (SecretMatch m : engine.scan(file.path(), text.get(), exposure).matches()) {
                    String url = servedKeys.get(Redaction.valueKey(m.secret()));
                    if (url != null) {
                        out.add(escalation(m, file.path(), url));
                    }
                }
                found[i] = out;
            } catch (StackOverflowError | RuntimeException e) {
                found[i] = List.of();
            }
        });
        List<Finding> all = new ArrayList<>();
        for (List<Finding> f : found) {
            all.addAll(f);
        }
        if (all.isEmpty()) {
            notes.add(new Note("", servedKeys.size() + " secret(s) served by the site were not found in the"
                    + " repository's files (built from elsewhere, or injected at build time)"));
        }
        return all;
    }

    private static Finding escalation(SecretMatch m, String path, String url) {
        SecretRule rule = m.rule();
        String message = rule.title() + " in " + path + ":" + m.line() + " is also served by the deployed site at "
                + url + ", so every visitor can read it. Rotate it now, then keep it out of client code.";
        return new Finding(SERVED_RULE, rule.clientItem().orElse(FindingFactory.CLIENT_ENV), Severity.CRITICAL,
                message, m.redacted(), Redaction.fingerprint(SERVED_RULE, path, m.secret()),
                new Evidence(path, m.line(), null, url, rule.provider() + "; served at " + url));
    }
}
