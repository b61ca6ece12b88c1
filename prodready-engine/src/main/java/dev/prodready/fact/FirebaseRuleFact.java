package dev.prodready.fact;

/**
 * An allow rule of Firebase security rules (firestore.rules, storage.rules) or a .read/.write of
 * database.rules.json: the match path, operations and condition; open when anyone (or any signed-in user on
 * everything) passes.
 */
public record FirebaseRuleFact(String matchPath, String operations, String condition, boolean safe, String ruleId,
                               String itemId, Evidence evidence) implements CodeObservation {
}
