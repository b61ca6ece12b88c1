package dev.prodready.fact;

/**
 * A located observation of the parsed-code analysis (issue 4): the rule that produced it and the catalogue item
 * it feeds. Unsafe observations are also reported as {@link Finding}s with the same rule id.
 */
public interface CodeObservation extends Fact {

    String ruleId();

    String itemId();

    /** True when what was seen is the safe form (a parameterised query, a guarded route, a policy with a condition). */
    boolean safe();
}
