package dev.prodready.check.infrastructure;

import dev.prodready.catalogue.Catalogue;
import dev.prodready.catalogue.Item;
import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Capability;
import dev.prodready.fact.CapabilityFact;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Dependency;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.DocumentFact;
import dev.prodready.fact.DocumentSignal;
import dev.prodready.fact.Ecosystem;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Fact;
import dev.prodready.fact.Facts;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.GitFact;
import dev.prodready.fact.ManifestFact;
import dev.prodready.fact.SignalKind;
import dev.prodready.stack.StackProfile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Facts built in code for check tests, and a runner that evaluates a check against its catalogue item. */
public final class FactKit {

    private FactKit() {
    }

    public static Outcome run(Check check, Collection<? extends Fact> facts) {
        return run(check, facts, java.time.Clock.systemUTC());
    }

    public static Outcome run(Check check, Collection<? extends Fact> facts, java.time.Clock clock) {
        return dev.prodready.check.Judge.judge(check, facts, StackProfile.empty(), clock);
    }

    /** Facts from several groups (lists of facts or single facts) in one list. */
    public static List<Fact> facts(Object... parts) {
        List<Fact> out = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof Fact f) {
                out.add(f);
            } else if (p instanceof Collection<?> c) {
                c.forEach(x -> out.add((Fact) x));
            } else {
                throw new IllegalArgumentException("not a fact: " + p);
            }
        }
        return out;
    }

    public static FileSignal signal(SignalKind kind, String path) {
        return new FileSignal(kind, path, Evidence.file(path, kind.id()));
    }

    public static DocumentSignal doc(DocKind kind, String value, String path, int line) {
        return new DocumentSignal(kind, value, Evidence.at(path, line, kind.id()));
    }

    public static DocumentFact document(String path) {
        return new DocumentFact(path, path, List.of(), 100, Evidence.file(path, "document"));
    }

    public static CapabilityFact cap(Capability capability, String pkg, String path, int line) {
        return new CapabilityFact(capability, pkg, Evidence.at(path, line, pkg));
    }

    public static ManifestFact manifest(String path) {
        return new ManifestFact(Ecosystem.NPM, path, 12, false, Evidence.file(path, "manifest"));
    }

    public static Dependency dep(String name, String path, int line) {
        return new Dependency(Ecosystem.NPM, name, "^1.0.0", false, Evidence.at(path, line, name));
    }

    public static GitFact commit(String sha, String path, String when) {
        return new GitFact(sha, "dev@example.com", Instant.parse(when), path, Evidence.inCommit(sha, path, 0, "commit"));
    }

    public static ContentMatch match(String pattern, String path, int line, String text) {
        return new ContentMatch(pattern, text, Evidence.at(path, line, pattern));
    }

    /** Asserts the outcome's status and that its evidence includes every given location ("path:line" or "path"). */
    public static void expect(Outcome outcome, dev.prodready.check.Status status, String... locations) {
        assertThat(outcome.status()).as(outcome.message()).isEqualTo(status);
        List<String> got = outcome.evidence().stream().map(Evidence::location).toList();
        assertThat(got).as(outcome.message()).containsAll(Arrays.asList(locations));
    }
}
