package dev.prodready.fact;

/** A place where HTML is inserted without escaping (innerHTML, dangerouslySetInnerHTML, |safe...), sanitised or not. */
public record HtmlSinkFact(String sink, String detail, boolean safe, String ruleId, String itemId, Evidence evidence)
        implements CodeObservation {
}
