package dev.prodready.collect.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds incident severity levels DEFINED in a document: list items, table rows or headings that start with
 * a level (SEV1, SEV-2, Severity 3, P1) and go on to say what it means.
 */
final class SeverityLevels {

    /** The levels found (e.g. "SEV1, SEV2"), and the 0-based line of the first definition. */
    record Found(String levels, int firstLine) {
    }

    private static final Pattern DEFINITION = Pattern.compile(
            "^[\\s>*+\\-|#]*+(?:\\d+[.)][ \\t]*+)?(?:\\*\\*|__|`)?[ \\t]*+"
                    + "(?:(sev(?:erity)?)[ \\t-]?([0-5])|(p)([0-4])|(priority)[ \\t-]?([0-4]))\\b"
                    + "(?:\\*\\*|__|`)?[ \\t]*+[:|\\-–—)(=.]?[ \\t]*+(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INCIDENT_CONTEXT = Pattern.compile(
            "incident|severit|\\bsev\\b|outage|on[- ]?call|escalat|support|alert|impact|priority levels",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INCIDENT_WORDS = Pattern.compile(
            "outage|\\bdown\\b|degrad|impact|customers?|users|unavailable|respon|\\bpage\\b|critical|major|minor|"
                    + "data loss|broken|security",
            Pattern.CASE_INSENSITIVE);

    private SeverityLevels() {
    }

    static java.util.Optional<Found> find(ParsedDocument doc) {
        Map<String, List<Definition>> families = new LinkedHashMap<>();
        for (int i = 0; i < doc.lines.size(); i++) {
            if (doc.code[i] || doc.ignored[i] || !doc.searchable(i)) {
                continue;
            }
            Matcher m = DEFINITION.matcher(doc.lines.get(i));
            if (!m.matches()) {
                continue;
            }
            boolean sev = m.group(1) != null;
            boolean priority = m.group(5) != null;
            String level = sev ? m.group(2) : priority ? m.group(6) : m.group(4);
            String family = sev ? "SEV" : "P";
            String rest = m.group(7).replace("|", " ");
            int words = ParsedDocument.words(rest);
            if (doc.heading[i]) {
                words += nextLineWords(doc, i);
            }
            if (words < 3) {
                continue;
            }
            families.computeIfAbsent(family, f -> new ArrayList<>()).add(new Definition(level, i, rest));
        }
        TreeSet<String> levels = new TreeSet<>();
        int first = Integer.MAX_VALUE;
        for (Map.Entry<String, List<Definition>> family : families.entrySet()) {
            List<Definition> defs = family.getValue();
            long distinct = defs.stream().map(Definition::level).distinct().count();
            if (distinct < 2) {
                continue;
            }
            if (family.getKey().equals("P") && !incidentContext(doc, defs)) {
                continue;
            }
            for (Definition d : defs) {
                levels.add(family.getKey() + d.level());
                first = Math.min(first, d.line());
            }
        }
        if (levels.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Found(String.join(", ", levels), first));
    }

    private record Definition(String level, int line, String text) {
    }

    /** P1/P2 are also feature priorities; they count only when the text is about incidents. */
    private static boolean incidentContext(ParsedDocument doc, List<Definition> defs) {
        for (Definition d : defs) {
            for (ParsedDocument.Section s : doc.ancestry(doc.sectionOf[d.line()])) {
                if (INCIDENT_CONTEXT.matcher(s.heading()).find()) {
                    return true;
                }
            }
        }
        long incidentLike = defs.stream().filter(d -> INCIDENT_WORDS.matcher(d.text()).find()).count();
        return incidentLike >= 2;
    }

    private static int nextLineWords(ParsedDocument doc, int line) {
        for (int i = line + 1; i < Math.min(doc.lines.size(), line + 4); i++) {
            if (doc.heading[i]) {
                return 0;
            }
            if (!doc.lines.get(i).isBlank() && !doc.ignored[i]) {
                return ParsedDocument.words(doc.lines.get(i));
            }
        }
        return 0;
    }
}
