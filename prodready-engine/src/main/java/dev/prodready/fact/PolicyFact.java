package dev.prodready.fact;

import java.util.List;

/**
 * A row-level security policy in force after all migrations: its command (ALL, SELECT...), roles (TO ...), USING and
 * WITH CHECK conditions, and the problem found with it ("" when none). Evidence: the CREATE/ALTER POLICY line.
 */
public record PolicyFact(String schema, String table, String name, String command, List<String> roles,
                         String using, String withCheck, String problem, boolean safe, String ruleId, String itemId,
                         Evidence evidence) implements CodeObservation {

    public PolicyFact {
        roles = List.copyOf(roles);
    }
}
