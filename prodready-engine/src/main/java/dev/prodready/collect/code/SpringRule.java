package dev.prodready.collect.code;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One rule of a Spring Security filter chain, in declaration order: request patterns (empty for anyRequest) and
 * the decision (permitAll, authenticated, hasRole...).
 */
record SpringRule(List<Pattern> patterns, String decision, String path, int line) {

    boolean matches(String route) {
        return patterns.isEmpty() || patterns.stream().anyMatch(p -> p.matcher(route).matches());
    }

    boolean permits() {
        return decision.equals("permitAll") || decision.equals("anonymous");
    }

    boolean roleBased() {
        return decision.startsWith("hasRole") || decision.startsWith("hasAnyRole") || decision.startsWith("hasAuthority")
                || decision.startsWith("hasAnyAuthority");
    }

    /** An Ant/MVC path pattern ("/api/**", "/users/{id}") as a regular expression. */
    static Pattern ant(String pattern) {
        StringBuilder re = new StringBuilder();
        String p = pattern.strip();
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '*' && i + 1 < p.length() && p.charAt(i + 1) == '*') {
                if (re.length() > 0 && re.charAt(re.length() - 1) == '/') {
                    re.setLength(re.length() - 1);
                    re.append("(?:/.*)?");
                } else {
                    re.append(".*");
                }
                i++;
            } else if (c == '*') {
                re.append("[^/]*");
            } else if (c == '{') {
                int close = p.indexOf('}', i);
                re.append("[^/]+");
                i = close < 0 ? p.length() : close;
            } else if (c == '?') {
                re.append("[^/]");
            } else if (Character.isLetterOrDigit(c) || c == '/' || c == '-' || c == '_') {
                re.append(c);
            } else {
                re.append('\\').append(c);
            }
        }
        return Pattern.compile(re.toString());
    }
}
