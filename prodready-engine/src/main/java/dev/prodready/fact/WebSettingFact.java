package dev.prodready.fact;

/**
 * A web security setting found in code or configuration: {@code setting} is one of cors, cookie, csrf,
 * security-headers, rate-limit, debug, jwt, tls-verify, eval; {@code detail} says what was seen.
 */
public record WebSettingFact(String setting, String detail, boolean safe, String ruleId, String itemId,
                             Evidence evidence) implements CodeObservation {
}
