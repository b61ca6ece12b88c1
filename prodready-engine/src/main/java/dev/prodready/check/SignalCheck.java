package dev.prodready.check;

import dev.prodready.fact.FileSignal;
import dev.prodready.fact.SignalKind;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The common shape "passes when a file of one of these kinds exists", failing with the search as evidence. */
public abstract class SignalCheck implements Check {

    private final String itemId;
    private final Set<SignalKind> wanted;

    protected SignalCheck(String itemId, SignalKind... wanted) {
        this.itemId = itemId;
        this.wanted = Set.of(wanted);
    }

    @Override
    public final String itemId() {
        return itemId;
    }

    /** What is looked for, in words, for messages. */
    protected String describe() {
        return wanted.stream().map(SignalKind::id).sorted().collect(Collectors.joining(" or "));
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        List<FileSignal> found = context.facts().all(FileSignal.class, s -> wanted.contains(s.kind()));
        if (!found.isEmpty()) {
            return Outcome.pass(describe() + " found: " + found.stream().map(s -> s.evidence().location())
                            .distinct().limit(3).collect(Collectors.joining(", ")),
                    found.stream().limit(5).map(FileSignal::evidence).toList());
        }
        return Outcome.fail("no " + describe() + " in the repository", Searched.repository(describe()));
    }
}
