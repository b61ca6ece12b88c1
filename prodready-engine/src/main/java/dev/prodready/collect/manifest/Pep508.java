package dev.prodready.collect.manifest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Python requirement strings (PEP 508): {@code name[extras] (>=1,<2) ; marker} or {@code name @ url}. */
final class Pep508 {

    /** A parsed requirement; {@code name} is canonical (PEP 503), {@code version} the specifier or "". */
    record Requirement(String name, String version) {
    }

    private static final Pattern REQUIREMENT = Pattern.compile(
            "^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\\s*(?:\\[[^\\]]*])?\\s*(.*)$");
    /** One version clause; a specifier is clauses joined by commas (checked one by one: no regex recursion). */
    private static final Pattern CLAUSE = Pattern.compile("^\\s*[<>=!~]=?=?\\s*[A-Za-z0-9.*+!_-]+\\s*$");
    private static final int MAX_LENGTH = 2000;
    private static final Pattern SEPARATORS = Pattern.compile("[-_.]+");

    private Pep508() {
    }

    static Optional<Requirement> parse(String text) {
        String s = text.strip();
        if (s.length() > MAX_LENGTH) {
            return Optional.empty(); // no real requirement is this long
        }
        Matcher m = REQUIREMENT.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        String rest = m.group(2).strip();
        if (rest.startsWith("@")) {
            return Optional.of(new Requirement(canonical(m.group(1)), ""));
        }
        int marker = rest.indexOf(';');
        String spec = (marker >= 0 ? rest.substring(0, marker) : rest).strip();
        if (spec.startsWith("(") && spec.endsWith(")")) {
            spec = spec.substring(1, spec.length() - 1).strip();
        }
        if (!spec.isEmpty()) {
            for (String clause : spec.split(",", -1)) {
                if (!CLAUSE.matcher(clause).matches()) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new Requirement(canonical(m.group(1)), spec.replaceAll("\\s+", "")));
    }

    /** PEP 503 normalisation: "Flask_SQLAlchemy" and "flask-sqlalchemy" are the same project. */
    static String canonical(String name) {
        return SEPARATORS.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceAll("-");
    }
}
