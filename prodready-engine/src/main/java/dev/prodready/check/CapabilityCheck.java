package dev.prodready.check;

import dev.prodready.fact.Capability;
import dev.prodready.fact.CapabilityFact;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.ManifestFact;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The common shape "passes when the application uses a package (or file) giving one of these capabilities".
 * Fails, citing the manifests, when manifests were read and none gives it; unknown when there is no manifest.
 */
public abstract class CapabilityCheck implements Check {

    private final String itemId;
    private final Set<Capability> wanted;

    protected CapabilityCheck(String itemId, Capability... wanted) {
        this.itemId = itemId;
        this.wanted = Set.of(wanted);
    }

    @Override
    public final String itemId() {
        return itemId;
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        return judge(context.facts(), wanted, describe());
    }

    /** What is looked for, in words, for messages ("an error-tracking SDK"). */
    protected String describe() {
        return wanted.stream().map(Capability::id).sorted().collect(Collectors.joining(" or "));
    }

    public static Outcome judge(Facts facts, Set<Capability> wanted, String description) {
        List<CapabilityFact> found = facts.all(CapabilityFact.class, f -> wanted.contains(f.capability()));
        if (!found.isEmpty()) {
            List<Evidence> evidence = found.stream().limit(5)
                    .map(f -> f.evidence().withNote(f.source() + " gives " + f.capability().id())).toList();
            String names = found.stream().map(CapabilityFact::source).distinct().sorted().limit(4)
                    .collect(Collectors.joining(", "));
            return Outcome.pass(description + " in use: " + names, evidence);
        }
        if (facts.all(ManifestFact.class).isEmpty()) {
            return Outcome.unknown("no dependency manifest was found, so the packages in use are unknown");
        }
        return Outcome.fail("no " + description + " found", Searched.manifests(facts, description));
    }

    protected static Set<Capability> set(Capability... capabilities) {
        return Set.copyOf(Arrays.asList(capabilities));
    }
}
