package dev.prodready.check.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.prodready.catalogue.Catalogue;
import dev.prodready.catalogue.Severity;
import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Capability;
import dev.prodready.fact.CapabilityFact;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Dependency;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.DocumentSignal;
import dev.prodready.fact.Ecosystem;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Fact;
import dev.prodready.fact.Facts;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.Finding;
import dev.prodready.fact.ManifestFact;
import dev.prodready.fact.ScanCoverage;
import dev.prodready.fact.SignalKind;
import dev.prodready.stack.Presence;
import dev.prodready.stack.StackProfile;
import dev.prodready.stack.Trait;
import dev.prodready.stack.TraitState;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Facts built in code for the security check tests. A content match is only accepted when its text really
 * matches the pattern's regex in patterns/security.yml, so the tests cannot drift from the pattern data.
 */
final class Fixture {

    private static final Map<String, Pattern> REGEX = load();

    private Fixture() {
    }

    static Outcome run(Check check, Fact... facts) {
        return run(check, StackProfile.empty(), facts);
    }

    static Outcome run(Check check, StackProfile stack, Fact... facts) {
        return dev.prodready.check.Judge.judge(check, Arrays.asList(facts), stack, java.time.Clock.systemUTC());
    }

    static Outcome run(Check check, List<? extends Fact> facts) {
        return run(check, facts.toArray(new Fact[0]));
    }

    /** A line of {@code path} matched by pattern {@code id}; fails the test if the regex would not match it. */
    static ContentMatch match(String id, String path, int line, String text) {
        Pattern regex = REGEX.get(id);
        if (regex == null) {
            throw new AssertionError("no pattern " + id + " in patterns/security.yml");
        }
        if (!regex.matcher(text).find()) {
            throw new AssertionError("pattern " + id + " would not match: " + text);
        }
        return new ContentMatch(id, text.strip(), Evidence.at(path, line, "content pattern " + id));
    }

    static ScanCoverage scanned(long files) {
        return new ScanCoverage("content-patterns", "tree", files, "files",
                Evidence.file(".", "content patterns run over " + files + " files"));
    }

    static ScanCoverage secretsScanned(String scope, long units) {
        return new ScanCoverage("secrets", scope, units, scope.equals("history") ? "commits" : "files",
                Evidence.file(".", "secret scan"));
    }

    static Finding finding(String itemId, Severity severity, String path, int line) {
        return new Finding("secret.test-rule", itemId, severity, "a secret", "sk_t****abcd", "fp-" + path + line,
                Evidence.at(path, line, "secret"));
    }

    static CapabilityFact capability(Capability capability, String source, String path, int line) {
        return new CapabilityFact(capability, source, Evidence.at(path, line, source));
    }

    static Dependency dependency(String name, String path, int line) {
        return new Dependency(Ecosystem.NPM, name, "^1.0.0", false, Evidence.at(path, line, name));
    }

    static ManifestFact manifest(String path, int dependencies) {
        return new ManifestFact(Ecosystem.NPM, path, dependencies, false, Evidence.file(path, "manifest"));
    }

    static FileSignal signal(SignalKind kind, String path) {
        return new FileSignal(kind, path, Evidence.file(path, kind.id()));
    }

    static DocumentSignal doc(DocKind kind, String path, int line) {
        return new DocumentSignal(kind, "", Evidence.at(path, line, kind.id()));
    }

    static StackProfile stack(Trait trait, Presence presence) {
        Map<Trait, TraitState> traits = new HashMap<>();
        List<Evidence> evidence = presence == Presence.UNKNOWN ? List.of()
                : List.of(Evidence.at("README.md", 3, trait.id() + " " + presence));
        traits.put(trait, new TraitState(presence, trait.id() + " " + presence.name().toLowerCase(), evidence));
        return new StackProfile(List.of(), List.of(), List.of(), traits, "generic");
    }

    static List<String> locations(Outcome outcome) {
        return outcome.evidence().stream().map(Evidence::location).toList();
    }

    static List<String> notes(Outcome outcome) {
        return outcome.evidence().stream().map(Evidence::note).toList();
    }

    static List<Fact> facts(Fact... facts) {
        return new ArrayList<>(Arrays.asList(facts));
    }

    private static Map<String, Pattern> load() {
        try (InputStream in = Fixture.class.getClassLoader().getResourceAsStream("patterns/security.yml")) {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            Map<String, Pattern> map = new HashMap<>();
            for (JsonNode p : root.path("patterns")) {
                map.put(p.path("id").asText(), Pattern.compile(p.path("regex").asText()));
            }
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
