package dev.prodready.check.compliance;

import dev.prodready.check.ContentScan;
import dev.prodready.catalogue.Catalogue;
import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.DocumentCheck;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Capability;
import dev.prodready.fact.CapabilityFact;
import dev.prodready.fact.ContentMatch;
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
import dev.prodready.fact.ScanCoverage;
import dev.prodready.fact.SignalKind;
import dev.prodready.stack.Presence;
import dev.prodready.stack.StackProfile;
import dev.prodready.stack.Trait;
import dev.prodready.stack.TraitState;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Facts and stack profiles built in code for the check tests of the compliance, operations and documentation areas. */
public final class CheckFixture {

    private CheckFixture() {
    }

    public static Outcome run(Check check, Fact... facts) {
        return run(check, StackProfile.empty(), facts);
    }

    public static Outcome run(Check check, StackProfile stack, Fact... facts) {
        return dev.prodready.check.Judge.judge(check, Arrays.asList(facts), stack, java.time.Clock.systemUTC());
    }

    public static ScanCoverage documentsScanned(long documents) {
        return new ScanCoverage(DocumentCheck.DOCUMENTS_ENGINE, "tree", documents, "documents",
                Evidence.file(".", "documents read"));
    }

    /** A stack where each given trait is present, with evidence at package.json:5. */
    public static StackProfile present(Trait... traits) {
        Map<Trait, TraitState> map = new EnumMap<>(Trait.class);
        for (Trait t : traits) {
            map.put(t, new TraitState(Presence.PRESENT, t.id() + " seen",
                    List.of(Evidence.at("package.json", 5, t.id() + " seen"))));
        }
        return new StackProfile(List.of(), List.of(), List.of(), map, "generic");
    }

    public static List<String> locations(Outcome outcome) {
        return outcome.evidence().stream().map(Evidence::location).toList();
    }

    public static DocumentSignal doc(DocKind kind, String path, int line) {
        return doc(kind, "", path, line);
    }

    public static DocumentSignal doc(DocKind kind, String value, String path, int line) {
        return new DocumentSignal(kind, value, Evidence.at(path, line, kind.id()));
    }

    public static FileSignal signal(SignalKind kind, String path) {
        return new FileSignal(kind, path, Evidence.file(path, kind.id()));
    }

    public static ContentMatch match(String pattern, String text, String path, int line) {
        return new ContentMatch(pattern, text, Evidence.at(path, line, pattern));
    }

    public static ScanCoverage contentScanned(long files) {
        return new ScanCoverage(ContentScan.ENGINE, "tree", files, "files", Evidence.file(".", "content patterns"));
    }

    public static CapabilityFact capability(Capability capability, String source, String path, int line) {
        return new CapabilityFact(capability, source, Evidence.at(path, line, source));
    }

    public static ManifestFact manifest(String path, int dependencies) {
        return new ManifestFact(Ecosystem.NPM, path, dependencies, false, Evidence.file(path, "manifest"));
    }

    public static GitFact commit(String sha, String author, String isoInstant, String path) {
        return new GitFact(sha, author, Instant.parse(isoInstant), path, Evidence.inCommit(sha, path, 0, "commit"));
    }

    /** The text of a legal app page as read, with its placeholder line when {@code placeholder} is not empty. */
    public static DocumentFact pageText(String path, int words, String language, String placeholder, int line) {
        return new DocumentFact(path, "", List.of(), words, language, true,
                placeholder.isEmpty() ? java.util.Optional.empty()
                        : java.util.Optional.of(Evidence.at(path, line, "placeholder: " + placeholder)),
                Evidence.at(path, 1, "page text read"));
    }

    public static DocumentFact document(String path, int words) {
        return new DocumentFact(path, path, List.of(), words, Evidence.file(path, "document"));
    }
}
