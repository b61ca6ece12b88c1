package dev.prodready.check.monitoring;

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
import dev.prodready.fact.ManifestFact;
import dev.prodready.fact.SignalKind;
import dev.prodready.stack.Presence;
import dev.prodready.stack.StackProfile;
import dev.prodready.stack.Trait;
import dev.prodready.stack.TraitState;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Facts built in code for check tests: each method adds one fact at a path (and line), as a collector would. */
public final class Given {

    private final List<Fact> facts = new ArrayList<>();
    private final Map<Trait, TraitState> traits = new EnumMap<>(Trait.class);
    private final String label;

    private Given(String label) {
        this.label = label;
    }

    /** Starts an empty repository; {@code label} names the case in test output. */
    public static Given repo(String label) {
        return new Given(label);
    }

    public Given manifest(String path) {
        facts.add(new ManifestFact(Ecosystem.NPM, path, 12, false, Evidence.file(path, "manifest")));
        return this;
    }

    /** A package giving a capability, declared at {@code path:line} (the manifest itself is added too). */
    public Given capability(Capability capability, String pkg, String path, int line) {
        if (facts.stream().noneMatch(f -> f instanceof ManifestFact m && m.path().equals(path))) {
            manifest(path);
        }
        facts.add(new CapabilityFact(capability, pkg, Evidence.at(path, line, pkg)));
        return this;
    }

    public Given dependency(String name, String path, int line) {
        if (facts.stream().noneMatch(f -> f instanceof ManifestFact m && m.path().equals(path))) {
            manifest(path);
        }
        facts.add(new Dependency(Ecosystem.NPM, name, "^1.0.0", false, Evidence.at(path, line, name)));
        return this;
    }

    /** A file signal for a whole file or folder. */
    public Given signal(SignalKind kind, String path) {
        facts.add(new FileSignal(kind, path, Evidence.file(path, kind.id())));
        return this;
    }

    public Given match(String patternId, String path, int line) {
        facts.add(new ContentMatch(patternId, "matched line", Evidence.at(path, line, patternId)));
        return this;
    }

    /** A document that was read, without covering anything in particular. */
    public Given document(String path) {
        facts.add(new DocumentFact(path, path, List.of(), 120, Evidence.file(path, "document")));
        return this;
    }

    /** A document section covering {@code kind} (the document itself is added too). */
    public Given doc(DocKind kind, String path, int line) {
        document(path);
        facts.add(new DocumentSignal(kind, "", Evidence.at(path, line, kind.id())));
        return this;
    }

    /** Facts made elsewhere, e.g. content matches from {@link PatternScanner}. */
    /** The document collector ran and read every document there is (none, unless others are added). */
    public Given documentsRead() {
        facts.add(new dev.prodready.fact.ScanCoverage(dev.prodready.check.DocumentCheck.DOCUMENTS_ENGINE, "tree", 0,
                "documents", Evidence.file(".", "documents read")));
        return this;
    }

    public Given add(List<? extends Fact> more) {
        facts.addAll(more);
        return this;
    }

    public Given trait(Trait trait, String reason, String path, int line) {
        traits.put(trait, new TraitState(Presence.PRESENT, reason, List.of(Evidence.at(path, line, reason))));
        return this;
    }

    public Facts facts() {
        return Facts.of(facts);
    }

    /** Runs {@code check} with its own catalogue item, as the audit would. */
    public Outcome evaluate(Check check) {
        StackProfile stack = new StackProfile(List.of(), List.of(), List.of(), traits, "generic");
        return dev.prodready.check.Judge.judge(check, facts, stack, java.time.Clock.systemUTC());
    }

    @Override
    public String toString() {
        return label;
    }
}
