package dev.prodready.check.infrastructure;

import dev.prodready.check.CapabilityCheck;
import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.Capability;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.DocumentSignal;
import dev.prodready.fact.Evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * deploy.feature-flags: a feature-flag service or library lets changes reach users gradually. On/off switches
 * read from environment variables are a start but cannot target a share of users.
 */
public final class FeatureFlagsCheck implements Check {

    @Override
    public String itemId() {
        return "deploy.feature-flags";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Outcome byPackage = CapabilityCheck.judge(context.facts(), Set.of(Capability.FEATURE_FLAGS),
                "feature-flag library");
        if (byPackage.status() == Status.PASS) {
            return byPackage;
        }
        List<ContentMatch> toggles = Matches.of(context.facts(), "flags.env-toggle");
        List<DocumentSignal> docs = context.facts().all(DocumentSignal.class, s -> s.kind() == DocKind.FEATURE_FLAGS);
        if (!toggles.isEmpty() || !docs.isEmpty()) {
            List<Evidence> evidence = new ArrayList<>(Matches.cite(toggles, 3,
                    m -> "feature switched by an environment variable"));
            docs.stream().limit(2).forEach(d -> evidence.add(d.evidence().withNote("feature flags described")));
            return Outcome.partial("features are switched on or off for everyone at once; no flag service rolls "
                    + "them out to a share of users", evidence);
        }
        return byPackage;
    }
}
