package dev.prodready.check.security;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.FirebaseRuleFact;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.SignalKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * firebase.rules-locked: open write rules ({@code allow write: if true}, a bare {@code allow write;}, test-mode
 * time limits, {@code ".write": true}) fail; open read rules or "any signed-in user may write" rules are partial;
 * rules files without those pass. Firebase in use without rules in the repository is unknown (they live in the
 * console); no Firebase at all is not applicable. When the code analysis parsed the rules files (match nesting,
 * helper functions inlined, writes that never look at request.auth), its judgement replaces the line patterns.
 */
public final class FirebaseRulesCheck implements Check {

    private static final Pattern OPS = Pattern.compile("\\ballow\\s+([a-z]+(?:\\s*,\\s*[a-z]+)*)");
    private static final Pattern RTDB = Pattern.compile("\"\\.(read|write)\"");

    @Override
    public String itemId() {
        return "firebase.rules-locked";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        List<FirebaseRuleFact> parsed = ParsedCode.of(facts, FirebaseRuleFact.class, r -> true);
        if (!parsed.isEmpty()) {
            return parsed(parsed);
        }
        List<Evidence> openWrite = new ArrayList<>();
        List<Evidence> loose = new ArrayList<>();
        for (ContentMatch m : Matches.of(facts, SecurityPatterns.FIREBASE_RULES_OPEN_ALLOW)) {
            String ops = op(OPS, m.text());
            (writes(ops) ? openWrite : loose).add(Matches.cite(m, "allow " + ops + " for everyone"));
        }
        Matches.of(facts, SecurityPatterns.FIREBASE_RULES_TEST_MODE)
                .forEach(m -> openWrite.add(Matches.cite(m, "test-mode rule: open to everyone until a date")));
        for (ContentMatch m : Matches.of(facts, SecurityPatterns.FIREBASE_RULES_RTDB_OPEN)) {
            String op = op(RTDB, m.text());
            (op.equals("write") ? openWrite : loose).add(Matches.cite(m, "\"." + op + "\": true for everyone"));
        }
        Matches.of(facts, SecurityPatterns.FIREBASE_RULES_ANY_SIGNED_IN_WRITE)
                .forEach(m -> loose.add(Matches.cite(m, "any signed-in user may write")));
        if (!openWrite.isEmpty()) {
            return Outcome.fail("Firebase rules let anyone write: " + Matches.where(openWrite),
                    Matches.concat(openWrite, loose, 10));
        }
        if (!loose.isEmpty()) {
            return Outcome.partial("Firebase rules let anyone read, or any signed-in user write, some data: "
                    + Matches.where(loose), loose);
        }
        List<FileSignal> rulesFiles = facts.all(FileSignal.class, s -> s.kind() == SignalKind.DB_FIREBASE_RULES);
        List<ContentMatch> ownerChecks = Matches.of(facts, SecurityPatterns.FIREBASE_RULES_OWNER_CHECK);
        if (!rulesFiles.isEmpty() || !ownerChecks.isEmpty()) {
            List<Evidence> evidence = new ArrayList<>(rulesFiles.stream().limit(3)
                    .map(s -> s.evidence().withNote("security rules file, no open rule")).toList());
            evidence.addAll(Matches.cite(ownerChecks, "rule tied to the signed-in user"));
            return Outcome.pass("the Firebase rules in the repository have no open rule", Matches.first(evidence, 6));
        }
        List<Evidence> firebase = Providers.firebase(facts);
        if (!firebase.isEmpty()) {
            return Outcome.unknown("the app uses Firebase but no firestore.rules, storage.rules or database.rules.json"
                    + " is in the repository; the rules live only in the console", Matches.first(firebase, 3));
        }
        List<Evidence> searched = Searched.manifests(facts, "Firebase package");
        if (!searched.isEmpty()) {
            return Outcome.notApplicable("nothing shows that the application uses Firebase", searched);
        }
        return Outcome.unknown("no dependency manifest or Firebase configuration was found");
    }

    /** Rules files parsed with their match nesting, helper functions inlined into the conditions. */
    private static Outcome parsed(List<FirebaseRuleFact> rules) {
        List<FirebaseRuleFact> openWrite = rules.stream().filter(r -> !r.safe() && writes(r.operations())
                && !r.ruleId().equals("firebase.any-signed-in")).toList();
        List<FirebaseRuleFact> loose = rules.stream().filter(r -> !r.safe() && !openWrite.contains(r)).toList();
        if (!openWrite.isEmpty()) {
            return Outcome.fail("Firebase rules let anyone write: " + Matches.where(ParsedCode.cite(openWrite, 10)),
                    ParsedCode.join(10, ParsedCode.cite(openWrite, 10), ParsedCode.cite(loose, 4)));
        }
        if (!loose.isEmpty()) {
            return Outcome.partial("Firebase rules let anyone read, or any signed-in user reach everything: "
                    + Matches.where(ParsedCode.cite(loose, 8)), ParsedCode.cite(loose, 8));
        }
        return Outcome.pass("every Firebase rule ties access to the signed-in user or a condition on the data",
                ParsedCode.cite(rules, 6));
    }

    private static String op(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", "") : "read,write";
    }

    private static boolean writes(String ops) {
        return ops.contains("write") || ops.contains("create") || ops.contains("update") || ops.contains("delete");
    }
}
