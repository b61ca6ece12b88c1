package dev.prodready.collect.secret;

import java.util.Optional;

/**
 * One accepted secret in one file or blob. Holds the secret itself, so it never leaves this package:
 * findings carry only {@link Redaction} views of it, and {@link #toString()} does not print it.
 *
 * @param line        1-based line of the secret's first character
 * @param exposedName the browser-exposed variable it is assigned to, if any
 * @param clientCode  the file is client code shipped to browsers or devices
 * @param local       a connection string to a local or containerised host
 */
record SecretMatch(SecretRule rule, String secret, int start, int line, Optional<String> exposedName,
                   boolean clientCode, boolean local) {

    SecretMatch withLine(int newLine) {
        return new SecretMatch(rule, secret, start, newLine, exposedName, clientCode, local);
    }

    SecretMatch withExposure(Optional<String> name, boolean client) {
        return new SecretMatch(rule, secret, start, line, name, client, local);
    }

    String redacted() {
        return Redaction.redact(rule, secret);
    }

    String key() {
        return Redaction.secretKey(rule.ruleId(), secret);
    }

    @Override
    public String toString() {
        return rule.ruleId() + " at line " + line + " (" + redacted() + ")";
    }
}
