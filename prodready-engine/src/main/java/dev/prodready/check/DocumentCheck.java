package dev.prodready.check;

import dev.prodready.catalogue.Detection;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.DocumentSignal;
import dev.prodready.fact.ScanCoverage;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The common shape "passes when a document covers one of these kinds". When none does: fail if the item is
 * decided by documents alone; unknown if it may also be attested (the document may live outside the repo).
 */
public abstract class DocumentCheck implements Check {

    private final String itemId;
    private final Set<DocKind> wanted;

    protected DocumentCheck(String itemId, DocKind... wanted) {
        this.itemId = itemId;
        this.wanted = Set.of(wanted);
    }

    @Override
    public final String itemId() {
        return itemId;
    }

    /** Engine id of the document collector's ScanCoverage: without it, an absence of documents proves nothing. */
    public static final String DOCUMENTS_ENGINE = "documents";

    protected String describe() {
        return wanted.stream().map(DocKind::id).sorted().collect(Collectors.joining(" or "));
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        List<DocumentSignal> found = context.facts().all(DocumentSignal.class, s -> wanted.contains(s.kind()));
        if (!found.isEmpty()) {
            return Outcome.pass("documented: " + found.stream().map(s -> s.evidence().location()).distinct().limit(3)
                    .collect(Collectors.joining(", ")), found.stream().limit(5).map(DocumentSignal::evidence).toList());
        }
        if (context.facts().first(ScanCoverage.class, c -> c.engine().equals(DOCUMENTS_ENGINE)).isEmpty()) {
            return Outcome.unknown("the repository's documents were not read, so " + describe() + " cannot be judged");
        }
        Optional<Outcome> foreign = DocumentLanguage.cannotTellAbsence(context.facts(), describe());
        if (foreign.isPresent()) {
            return foreign.get();
        }
        if (context.item().detection().contains(Detection.ATTEST)) {
            return Outcome.unknown("no document in the repository covers " + describe()
                    + "; if it is kept elsewhere, attest it", Searched.documents(context.facts(), describe()));
        }
        return Outcome.fail("no document in the repository covers " + describe(),
                Searched.documents(context.facts(), describe()));
    }
}
