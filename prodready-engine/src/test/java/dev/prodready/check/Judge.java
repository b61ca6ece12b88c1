package dev.prodready.check;

import dev.prodready.catalogue.Catalogue;
import dev.prodready.catalogue.Item;
import dev.prodready.fact.DocumentFact;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Fact;
import dev.prodready.fact.Facts;
import dev.prodready.fact.ScanCoverage;
import dev.prodready.stack.StackProfile;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Runs one check on facts built in code, as the audit would; shared by every area's check tests. */
public final class Judge {

    private Judge() {
    }

    public static Outcome judge(Check check, Collection<? extends Fact> facts, StackProfile stack, Clock clock) {
        Item item = Catalogue.builtIn().item(check.itemId())
                .orElseThrow(() -> new AssertionError("no catalogue item " + check.itemId()));
        List<Fact> all = new ArrayList<>(facts);
        // The document collector reports its coverage beside the documents it read; mirror that here.
        if (all.stream().anyMatch(DocumentFact.class::isInstance) && all.stream()
                .noneMatch(f -> f instanceof ScanCoverage c && c.engine().equals(DocumentCheck.DOCUMENTS_ENGINE))) {
            all.add(new ScanCoverage(DocumentCheck.DOCUMENTS_ENGINE, "tree",
                    all.stream().filter(DocumentFact.class::isInstance).count(), "documents", Evidence.file(".", "documents read")));
        }
        return check.evaluate(new CheckContext(Facts.of(all), stack, item, clock));
    }

    public static Outcome judge(Check check, Collection<? extends Fact> facts) {
        return judge(check, facts, StackProfile.empty(), Clock.systemUTC());
    }
}
