package dev.prodready.collect.secret;

import java.util.Optional;

/** Inline suppressions: {@code prodready-ignore: <rule-id> <reason>} in a comment on the line or the line above. */
final class InlineIgnores {

    private static final String IGNORE = "prodready-ignore:";

    private InlineIgnores() {
    }

    /**
     * A {@code prodready-ignore: <rule> <reason>} comment on the line or the line above: empty when it
     * does not apply, an empty reason when it applies without saying why.
     */
    static Optional<String> reason(String text, int lineStart, SecretRule rule) {
        int lineEnd = text.indexOf('\n', lineStart);
        Optional<String> here = ignoreOn(text, lineStart, lineEnd < 0 ? text.length() : lineEnd, rule);
        if (here.isPresent() || lineStart == 0) {
            return here;
        }
        int previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
        return ignoreOn(text, previousStart, lineStart - 1, rule);
    }

    private static Optional<String> ignoreOn(String text, int from, int to, SecretRule rule) {
        int at = -1;
        for (int i = from; i + IGNORE.length() <= to; i++) {
            if (text.charAt(i) == 'p' && text.startsWith(IGNORE, i)) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            return Optional.empty();
        }
        String rest = text.substring(at + IGNORE.length(), to).strip();
        int space = 0;
        while (space < rest.length() && !Character.isWhitespace(rest.charAt(space))) {
            space++;
        }
        String target = rest.substring(0, space);
        if (!(target.equals(rule.id()) || target.equals(rule.ruleId()) || target.equals("*")
                || target.equals("secret.*"))) {
            return Optional.empty();
        }
        String reason = rest.substring(space).replaceAll("(\\*/|-->|#\\}|%>)\\s*$", "").strip();
        return Optional.of(reason);
    }
}
