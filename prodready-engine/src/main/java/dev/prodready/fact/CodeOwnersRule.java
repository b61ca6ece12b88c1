package dev.prodready.fact;

import java.util.List;

/**
 * One rule of a CODEOWNERS file: a path pattern and the owners it names (none means "explicitly unowned").
 * Rules are in file order; the last rule matching a path decides its owners. The evidence is the rule's line.
 */
public record CodeOwnersRule(String pattern, List<String> owners, Evidence evidence) implements Fact {

    public CodeOwnersRule {
        owners = List.copyOf(owners);
    }
}
