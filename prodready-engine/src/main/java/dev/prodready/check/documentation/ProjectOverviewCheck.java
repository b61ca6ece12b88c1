package dev.prodready.check.documentation;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.check.ContentScan;
import dev.prodready.fact.DocumentFact;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.SignalKind;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * docs.project-overview: counts the words of real documentation, leaving out licences, changelogs, templates and
 * READMEs a project generator wrote (unless they were much extended). Enough words pass, a few are partial, none fail.
 */
public final class ProjectOverviewCheck implements Check {

    static final String SCAFFOLD = "docs.scaffold-readme";
    static final int ENOUGH_WORDS = 150;
    /** A generated README counts again once it has grown well past its template's length. */
    static final int EXTENDED_SCAFFOLD_WORDS = 500;
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(license|licence|copying|notice|changelog|history|code_of_conduct|authors|robots|requirements[^/]*)(\\.[a-z]+)?");

    @Override
    public String itemId() {
        return "docs.project-overview";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        Set<String> scaffolds = ContentScan.matches(facts, SCAFFOLD).stream().map(m -> m.evidence().path())
                .collect(Collectors.toSet());
        List<DocumentFact> docs = facts.all(DocumentFact.class, d -> !d.page()); // a legal page says nothing of the project
        List<DocumentFact> real = docs.stream()
                .filter(d -> !boilerplate(d.path()))
                .filter(d -> !scaffolds.contains(d.path()) || d.words() > EXTENDED_SCAFFOLD_WORDS)
                .toList();
        int words = real.stream().mapToInt(DocumentFact::words).sum();
        List<Evidence> cited = real.stream().sorted((a, b) -> Integer.compare(b.words(), a.words())).limit(5)
                .map(d -> d.evidence().withNote(d.words() + " words")).toList();
        if (words >= ENOUGH_WORDS) {
            return Outcome.pass(real.size() + " document(s) with " + words + " words: " + Locations.of(cited), cited);
        }
        if (words > 0) {
            return Outcome.partial("only " + words + " words of documentation (" + Locations.of(cited)
                    + "); say what the app does, how to run, configure and deploy it", cited);
        }
        List<Evidence> generated = ContentScan.matches(facts, SCAFFOLD).stream().limit(3)
                .map(m -> ContentScan.cite(m, "README still as the project generator wrote it")).toList();
        if (!generated.isEmpty()) {
            return Outcome.fail("the only README is the one the project generator wrote; nothing describes this app",
                    generated);
        }
        if (docs.isEmpty() && facts.any(FileSignal.class, s -> s.kind() == SignalKind.REPO_README)) {
            return Outcome.unknown("a README exists but no document was read, so its content cannot be judged");
        }
        List<Evidence> skeletons = real.stream().limit(5)
                .map(d -> d.evidence().withNote("only headings and placeholders (TODO, TBD, coming soon)")).toList();
        if (!skeletons.isEmpty()) {
            return Outcome.fail(real.size() + " document(s) exist but hold nothing beyond headings and placeholders: "
                    + Locations.of(skeletons), skeletons);
        }
        return Outcome.fail("the repository has no documentation beyond licence or changelog files",
                Searched.documents(facts, "a README or docs describing the project"));
    }

    private static boolean boilerplate(String path) {
        String p = path.toLowerCase(Locale.ROOT).replace('\\', '/');
        String name = p.substring(p.lastIndexOf('/') + 1);
        return p.startsWith(".github/") || BOILERPLATE.matcher(name).matches();
    }
}
