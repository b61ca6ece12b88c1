package dev.prodready.check.security;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.SignalKind;
import org.junit.jupiter.api.Test;

import static dev.prodready.check.security.Fixture.dependency;
import static dev.prodready.check.security.Fixture.locations;
import static dev.prodready.check.security.Fixture.manifest;
import static dev.prodready.check.security.Fixture.match;
import static dev.prodready.check.security.Fixture.run;
import static dev.prodready.check.security.Fixture.signal;
import static dev.prodready.check.security.SecurityPatterns.FIREBASE_RULES_ANY_SIGNED_IN_WRITE;
import static dev.prodready.check.security.SecurityPatterns.FIREBASE_RULES_OPEN_ALLOW;
import static dev.prodready.check.security.SecurityPatterns.FIREBASE_RULES_OWNER_CHECK;
import static dev.prodready.check.security.SecurityPatterns.FIREBASE_RULES_RTDB_OPEN;
import static dev.prodready.check.security.SecurityPatterns.FIREBASE_RULES_TEST_MODE;
import static org.assertj.core.api.Assertions.assertThat;

class FirebaseRulesCheckTest {

    private final FirebaseRulesCheck check = new FirebaseRulesCheck();

    @Test
    void openReadWriteFails() {
        Outcome o = run(check, match(FIREBASE_RULES_OPEN_ALLOW, "firestore.rules", 5, "      allow read, write: if true;"));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly("firestore.rules:5");
    }

    @Test
    void testModeRulesFail() {
        Outcome o = run(check, match(FIREBASE_RULES_TEST_MODE, "firestore.rules", 6,
                "      allow read, write: if request.time < timestamp.date(2025, 1, 31);"));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly("firestore.rules:6");
    }

    @Test
    void realtimeDatabaseWritableByAllFails() {
        Outcome o = run(check, match(FIREBASE_RULES_RTDB_OPEN, "database.rules.json", 4, "    \".write\": true"));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly("database.rules.json:4");
    }

    @Test
    void publicReadOrAnySignedInWriteIsPartial() {
        Outcome o = run(check, match(FIREBASE_RULES_OPEN_ALLOW, "storage.rules", 4, "      allow read;"),
                match(FIREBASE_RULES_ANY_SIGNED_IN_WRITE, "firestore.rules", 8, "      allow read, write: if request.auth != null;"));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly("storage.rules:4", "firestore.rules:8");
    }

    @Test
    void ownerScopedRulesPass() {
        Outcome o = run(check, signal(SignalKind.DB_FIREBASE_RULES, "firestore.rules"),
                match(FIREBASE_RULES_OWNER_CHECK, "firestore.rules", 5,
                        "allow read, write: if request.auth != null && request.auth.uid == userId;"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("firestore.rules", "firestore.rules:5");
    }

    @Test
    void firebaseWithoutRulesInTheRepositoryIsUnknown() {
        Outcome o = run(check, manifest("package.json", 10), dependency("firebase", "package.json", 14));
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
        assertThat(locations(o)).containsExactly("package.json:14");
    }

    @Test
    void noFirebaseIsNotApplicable() {
        Outcome o = run(check, manifest("package.json", 10));
        assertThat(o.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(locations(o)).containsExactly("package.json");
    }

    @Test
    void parsedRulesReplaceTheLinePatterns() {
        Outcome open = Fixture.run(new FirebaseRulesCheck(),
                CodeFacts.firebase("firebase.open", false, "firestore.rules", 16),
                CodeFacts.firebase("firebase.scoped", true, "firestore.rules", 12));
        org.assertj.core.api.Assertions.assertThat(open.status()).isEqualTo(dev.prodready.check.Status.FAIL);
        org.assertj.core.api.Assertions.assertThat(Fixture.locations(open)).containsExactly("firestore.rules:16");
        Outcome locked = Fixture.run(new FirebaseRulesCheck(), CodeFacts.firebase("firebase.scoped", true, "firestore.rules", 12));
        org.assertj.core.api.Assertions.assertThat(locked.status()).isEqualTo(dev.prodready.check.Status.PASS);
    }
}
