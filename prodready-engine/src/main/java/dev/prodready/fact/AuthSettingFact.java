package dev.prodready.fact;

/**
 * An authentication setting read from provider configuration or code: {@code setting} is one of mfa,
 * password-min-length, password-requirements, leaked-password-check, jwt-expiry, session-timeout,
 * refresh-token-rotation, password-hashing; {@code value} as written; {@code safe} whether it meets the usual bar.
 */
public record AuthSettingFact(String provider, String setting, String value, boolean safe, String ruleId,
                              String itemId, Evidence evidence) implements CodeObservation {
}
