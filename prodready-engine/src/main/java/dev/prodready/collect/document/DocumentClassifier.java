package dev.prodready.collect.document;

import dev.prodready.collect.text.RegexGate;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.DocumentSignal;
import dev.prodready.fact.Evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decides which DocKinds a parsed document covers, by the rules of {@code documents/kinds.yml}. */
final class DocumentClassifier {

    static final int MAX_VALUES_PER_KIND = 20;
    static final int MAX_CONTENT_ROUTE_WORDS = 600;
    private static final Pattern TABLE_ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$|^[^|]+\\|[^|]+\\|");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\s*\\|?\\s*:?-{3,}");
    private static final Pattern LABELLED = Pattern.compile("([^:=]{1,40}?)\\s*(?::|=|\\s[-–—]\\s)\\s*(.{1,40})");
    private static final Pattern PLACEHOLDER_PREFIX = Pattern.compile("^[\\s>*+\\-#|_`~]*(\\[[ xX]\\]\\s*)?[(\\[_*]*");

    private final DocumentRules rules;

    DocumentClassifier(DocumentRules rules) {
        this.rules = rules;
    }

    /** A figure as written, and its 0-based line. */
    private record Stated(int line, String value) {
    }

    /** Where a kind was found: the 0-based evidence line (-1 = the file as a whole) and the lines it covers. */
    private record Hit(int line, int from, int to, String note) {
    }

    List<DocumentSignal> classify(ParsedDocument doc) {
        markPlaceholdersAndBoilerplate(doc);
        Concepts concepts = new Concepts(doc);
        List<DocumentSignal> out = new ArrayList<>();
        for (int k = 0; k < rules.kinds.size(); k++) {
            KindRule rule = rules.kinds.get(k);
            Optional<KindRule.ValueRule> value = rule.value();
            if (value.isPresent() && value.get().type() == KindRule.ValueType.DIAGRAM) {
                for (Diagrams.Found d : Diagrams.find(doc)) {
                    out.add(signal(doc, rule.kind(), d.value(), d.line(), "diagram (" + d.value() + ")"));
                }
            } else if (value.isPresent() && value.get().type() == KindRule.ValueType.LEVELS) {
                levels(doc, k, rule, concepts, out);
            } else if (value.isPresent() && value.get().type() == KindRule.ValueType.DURATION
                    && !value.get().anchors().isEmpty()) {
                anchoredDurations(doc, rule, out);
            } else if (value.isPresent() && value.get().type() == KindRule.ValueType.DATE) {
                dated(doc, k, rule, concepts, out);
            } else {
                route(doc, k, rule, concepts).ifPresent(hit -> out.add(
                        signal(doc, rule.kind(), value.map(v -> sectionValue(doc, v, hit)).orElse(""), hit.line(), hit.note())));
            }
        }
        return out;
    }

    // ---- the three routes ------------------------------------------------------------------------

    private Optional<Hit> route(ParsedDocument doc, int k, KindRule rule, Concepts concepts) {
        Optional<Hit> heading = headingRoute(doc, k, rule, concepts);
        if (heading.isPresent()) {
            return heading;
        }
        Optional<Hit> file = fileRoute(doc, k, rule, concepts);
        if (file.isPresent()) {
            return file;
        }
        return contentRoute(doc, k, rule, concepts);
    }

    private Optional<Hit> headingRoute(ParsedDocument doc, int k, KindRule rule, Concepts concepts) {
        for (ParsedDocument.Section s : doc.sections) {
            if (s.level() == 0 || !rule.headingMatches(s.heading(), doc.lowerHeading(s))) {
                continue;
            }
            if (doc.substance(s.bodyStart(), s.subtreeEnd()) < rule.minWords()) {
                continue;
            }
            if (concepts.distinct(k, s.bodyStart(), s.subtreeEnd()) < rule.requireConcepts()) {
                continue;
            }
            return Optional.of(new Hit(s.headingLine(), s.bodyStart(), s.subtreeEnd(), "heading \"" + s.heading() + "\""));
        }
        return Optional.empty();
    }

    private Optional<Hit> fileRoute(ParsedDocument doc, int k, KindRule rule, Concepts concepts) {
        if (!rule.fileMatches(doc.path, doc.lower(doc.path))
                && !rule.fileMatches(doc.routePath, doc.lower(doc.routePath))) {
            return Optional.empty();
        }
        int n = doc.lines.size();
        if (doc.substance(0, n) < rule.minWords()) {
            return Optional.empty();
        }
        if (!rule.concepts().isEmpty() && concepts.distinct(k, 0, n) < Math.max(1, rule.requireConcepts())) {
            return Optional.empty();
        }
        return Optional.of(new Hit(doc.titleLine, 0, n, "document named for " + rule.kind().id()));
    }

    private Optional<Hit> contentRoute(ParsedDocument doc, int k, KindRule rule, Concepts concepts) {
        if (rule.minConcepts() <= 0) {
            return Optional.empty();
        }
        for (ParsedDocument.Section s : doc.sections) {
            if (s.level() == 0) {
                continue; // the text before the first heading is usually a project blurb, not a topic
            }
            String heading = doc.lowerHeading(s);
            if (rule.notHeadings().stream().anyMatch(p -> RegexGate.find(p, s.heading(), heading))) {
                continue; // a heading the kind rejects ("Backup codes", "Supported versions") is not that kind by content
            }
            int from = s.bodyStart();
            int to = s.bodyEnd();
            BitSet found = concepts.of(k, from, to);
            if (!found.get(0) || found.cardinality() < rule.minConcepts()) {
                continue;
            }
            int substance = doc.substance(from, to);
            if (substance < rule.minWords() || substance > MAX_CONTENT_ROUTE_WORDS) {
                continue;
            }
            if (rule.lines().isPresent() && countLines(doc, rule.lines().get(), from, to) < rule.minLines()) {
                continue;
            }
            return Optional.of(new Hit(s.headingLine(), from, to, "section \"" + s.heading() + "\" covers "
                    + found.cardinality() + " " + rule.kind().id() + " topics"));
        }
        return Optional.empty();
    }

    private static int countLines(ParsedDocument doc, Pattern regex, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (!doc.ignored[i] && doc.searchable(i) && regex.matcher(doc.lines.get(i)).find()) {
                count++;
            }
        }
        return count;
    }

    // ---- value kinds -----------------------------------------------------------------------------

    /** A percentage or duration in the lines that gave the signal; "" when there is none. */
    private static String sectionValue(ParsedDocument doc, KindRule.ValueRule value, Hit hit) {
        for (int i = Math.max(0, hit.from()); i < hit.to(); i++) {
            if (doc.code[i] || doc.ignored[i] || !doc.searchable(i)) {
                continue;
            }
            String line = doc.lines.get(i);
            if (value.type() == KindRule.ValueType.PERCENT) {
                Optional<String> p = Figures.uptimePercent(line);
                if (p.isPresent()) {
                    return p.get();
                }
            } else if (value.type() == KindRule.ValueType.DURATION) {
                List<Figures.Found> d = Figures.durations(line);
                if (!d.isEmpty()) {
                    return d.get(0).text();
                }
            }
        }
        return "";
    }

    private void levels(ParsedDocument doc, int k, KindRule rule, Concepts concepts, List<DocumentSignal> out) {
        Optional<SeverityLevels.Found> found = SeverityLevels.find(doc);
        if (found.isPresent()) {
            int line = found.get().firstLine();
            String note = "severity levels defined";
            for (ParsedDocument.Section s : doc.ancestry(doc.sectionOf[line])) {
                if (rule.headingMatches(s.heading(), doc.lowerHeading(s))) {
                    line = s.headingLine();
                    note = "heading \"" + s.heading() + "\" defines " + found.get().levels();
                    break;
                }
            }
            out.add(signal(doc, rule.kind(), found.get().levels(), line, note));
            return;
        }
        headingRoute(doc, k, rule, concepts).ifPresent(hit -> out.add(signal(doc, rule.kind(), "", hit.line(), hit.note())));
    }

    private void anchoredDurations(ParsedDocument doc, KindRule rule, List<DocumentSignal> out) {
        List<Pattern> anchors = rule.value().orElseThrow().anchors();
        Set<String> seen = new LinkedHashSet<>();
        int emitted = 0;
        for (int i = 0; i < doc.lines.size() && emitted < MAX_VALUES_PER_KIND; i++) {
            if (doc.code[i] || doc.ignored[i] || !doc.searchable(i)) {
                continue;
            }
            String line = doc.lines.get(i);
            List<int[]> spans = anchorSpans(anchors, line);
            if (spans.isEmpty()) {
                continue;
            }
            List<Figures.Found> durations = Figures.durations(line);
            List<Stated> stated = new ArrayList<>();
            if (!durations.isEmpty()) {
                stated.add(new Stated(i, closest(durations, spans).text()));
            } else if (TABLE_ROW.matcher(line).find()) {
                stated.addAll(tableColumn(doc, i, anchors));
            } else if (doc.heading[i] || line.strip().endsWith(":") || ParsedDocument.words(line) <= 4) {
                following(doc, i).ifPresent(stated::add);
            }
            for (Stated v : stated) {
                if (emitted < MAX_VALUES_PER_KIND && seen.add(v.line() + "\u0000" + v.value())) {
                    out.add(signal(doc, rule.kind(), v.value(), v.line(),
                            rule.kind().id().toUpperCase(Locale.ROOT) + " stated: " + v.value()));
                    emitted++;
                }
            }
        }
    }

    private static List<int[]> anchorSpans(List<Pattern> anchors, String line) {
        List<int[]> spans = new ArrayList<>();
        String lower = line.toLowerCase(Locale.ROOT);
        for (Pattern anchor : anchors) {
            if (!RegexGate.of(anchor).mayMatch(lower)) {
                continue;
            }
            Matcher m = anchor.matcher(line);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        return spans;
    }

    /** The duration nearest an anchor; one written after it is preferred over one the same distance before. */
    private static Figures.Found closest(List<Figures.Found> durations, List<int[]> spans) {
        Figures.Found best = durations.get(0);
        double bestScore = Double.MAX_VALUE;
        for (Figures.Found d : durations) {
            for (int[] span : spans) {
                double score = d.start() >= span[1] ? d.start() - span[1] : (span[0] - d.end()) * 1.5 + 0.5;
                if (score < 0) {
                    score = 0; // the anchor sits inside the figure's text; cannot happen with sane anchors
                }
                if (score < bestScore) {
                    bestScore = score;
                    best = d;
                }
            }
        }
        return best;
    }

    /** A table whose header names the anchor: the figure in that column of each row below. */
    private static List<Stated> tableColumn(ParsedDocument doc, int header, List<Pattern> anchors) {
        List<Stated> result = new ArrayList<>();
        String[] cells = doc.lines.get(header).split("\\|", -1);
        int column = -1;
        for (int c = 0; c < cells.length; c++) {
            if (!anchorSpans(anchors, cells[c]).isEmpty()) {
                column = c;
                break;
            }
        }
        if (column < 0) {
            return result;
        }
        for (int i = header + 1; i < doc.lines.size() && doc.searchable(i); i++) {
            String row = doc.lines.get(i);
            if (TABLE_SEPARATOR.matcher(row).find()) {
                continue;
            }
            if (!TABLE_ROW.matcher(row).find()) {
                break;
            }
            String[] rowCells = row.split("\\|", -1);
            if (column < rowCells.length) {
                List<Figures.Found> d = Figures.durations(rowCells[column]);
                if (!d.isEmpty()) {
                    result.add(new Stated(i, d.get(0).text()));
                }
            }
        }
        return result;
    }

    /** After an anchor heading or label: a figure opening one of the next three non-blank lines. */
    private static Optional<Stated> following(ParsedDocument doc, int line) {
        int looked = 0;
        for (int i = line + 1; i < doc.lines.size() && looked < 3; i++) {
            if (doc.heading[i]) {
                return Optional.empty();
            }
            String s = doc.lines.get(i);
            if (s.isBlank() || doc.ignored[i] || !doc.searchable(i)) {
                continue;
            }
            looked++;
            String stripped = s.replaceFirst("^[\\s>*+\\-|:_]*", "");
            List<Figures.Found> d = Figures.durations(stripped);
            if (!d.isEmpty() && d.get(0).start() <= 40) {
                return Optional.of(new Stated(i, d.get(0).text()));
            }
        }
        return Optional.empty();
    }

    private void dated(ParsedDocument doc, int k, KindRule rule, Concepts concepts, List<DocumentSignal> out) {
        List<Pattern> anchors = rule.value().orElseThrow().anchors();
        LocalDate latest = null;
        int latestLine = -1;
        boolean[] under = new boolean[doc.lines.size()];
        for (ParsedDocument.Section s : doc.sections) {
            if (s.level() > 0 && rule.headingMatches(s.heading(), doc.lowerHeading(s))) {
                for (int i = s.bodyStart(); i < s.subtreeEnd(); i++) {
                    under[i] = true;
                }
                under[s.headingLine()] = true;
            }
        }
        for (int i = 0; i < doc.lines.size(); i++) {
            if (doc.code[i] || doc.ignored[i] || !doc.searchable(i)) {
                continue;
            }
            String line = doc.lines.get(i);
            if (!under[i] && anchorSpans(anchors, line).isEmpty()) {
                continue;
            }
            if (Figures.aboutTheFuture(line)) {
                continue;
            }
            for (LocalDate date : Figures.dates(line)) {
                if (latest == null || date.isAfter(latest)) {
                    latest = date;
                    latestLine = i;
                }
            }
        }
        if (latest != null) {
            out.add(signal(doc, rule.kind(), latest.toString(), latestLine, "latest recorded restore test " + latest));
            return;
        }
        Optional<Hit> hit = headingRoute(doc, k, rule, concepts);
        if (hit.isEmpty()) {
            hit = fileRoute(doc, k, rule, concepts);
        }
        hit.ifPresent(h -> out.add(signal(doc, rule.kind(), "", h.line(), h.note() + "; no test date recorded")));
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static DocumentSignal signal(ParsedDocument doc, DocKind kind, String value, int line, String note) {
        Evidence evidence = line < 0 ? Evidence.file(doc.path, note) : Evidence.at(doc.path, line + 1, note);
        return new DocumentSignal(kind, value, evidence);
    }

    private void markPlaceholdersAndBoilerplate(ParsedDocument doc) {
        for (int i = 0; i < doc.lines.size(); i++) {
            if (doc.ignored[i] || doc.heading[i] || !doc.searchable(i)) {
                continue;
            }
            String lower = doc.lines.get(i).toLowerCase(Locale.ROOT);
            if (lower.isBlank()) {
                continue;
            }
            for (String phrase : rules.boilerplate) {
                if (lower.contains(phrase)) {
                    doc.ignored[i] = true;
                    break;
                }
            }
            if (doc.ignored[i] || doc.code[i]) {
                continue;
            }
            String rest = PLACEHOLDER_PREFIX.matcher(lower).replaceFirst("");
            if (labelledPlaceholder(rest) || lower.contains("lorem ipsum")) {
                // "- SEV1: TBD", "Last tested: TODO": a label whose value was never filled in; filler text
                placeholder(doc, i);
                continue;
            }
            for (String phrase : rules.placeholders) {
                if (rest.startsWith(phrase)) {
                    // "TODO: ...", "TBD", "Coming soon." are placeholders; "Todo list app" is prose.
                    String after = rest.substring(phrase.length()).stripLeading();
                    if (after.isEmpty() || ":.-–—!)]*_".indexOf(after.charAt(0)) >= 0) {
                        placeholder(doc, i);
                        break;
                    }
                }
            }
        }
    }

    private static void placeholder(ParsedDocument doc, int line) {
        doc.ignored[line] = true;
        if (doc.firstPlaceholder < 0) {
            doc.firstPlaceholder = line;
        }
    }

    /** A short label ("RTO:", "SEV2 -") followed by nothing but a placeholder. */
    private boolean labelledPlaceholder(String rest) {
        Matcher m = LABELLED.matcher(rest);
        if (!m.matches() || ParsedDocument.words(m.group(1)) > 4) {
            return false;
        }
        String value = m.group(2).replaceAll("^[(\\[_*`]+|[)\\]_*`.!]+$", "").strip();
        return rules.placeholders.contains(value);
    }

    /** Which concepts of which kind occur on which lines (headings and ignored lines excluded). */
    private final class Concepts {
        /**
         * Per line, the distinct stems found there with word boundaries; null when none. A document line of prose
         * meets the same few stems hundreds of times, so each is checked and kept once per line.
         */
        private final int[][] perLine;

        Concepts(ParsedDocument doc) {
            perLine = new int[doc.lines.size()][];
            int[] seenOn = new int[rules.stems.size()]; // line + 1 once the stem has counted on that line
            StemList found = new StemList();
            for (int i = 0; i < doc.lines.size(); i++) {
                if (!doc.content(i)) {
                    continue;
                }
                String line = doc.lines.get(i);
                int mark = i + 1;
                rules.stems.scan(line, (stem, start, end) -> {
                    if (seenOn[stem] != mark && boundaries(line, rules.stems.keyword(stem), start, end)) {
                        seenOn[stem] = mark;
                        found.add(stem);
                    }
                    return true;
                });
                perLine[i] = found.drain();
            }
        }

        int distinct(int kind, int from, int to) {
            return of(kind, from, to).cardinality();
        }

        BitSet of(int kind, int from, int to) {
            BitSet seen = new BitSet();
            for (int i = Math.max(0, from); i < Math.min(to, perLine.length); i++) {
                int[] stems = perLine[i];
                if (stems == null) {
                    continue;
                }
                for (int stem : stems) {
                    int[] pairs = rules.stemTargets[stem];
                    for (int p = 0; p < pairs.length; p += 2) {
                        if (pairs[p] == kind) {
                            seen.set(pairs[p + 1]);
                        }
                    }
                }
            }
            return seen;
        }
    }

    /** A growable list of stem ids, emptied line by line. */
    private static final class StemList {
        private int[] ids = new int[8];
        private int size;

        void add(int id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        /** The ids added since the last drain, or null when none. */
        int[] drain() {
            int[] taken = size == 0 ? null : Arrays.copyOf(ids, size);
            size = 0;
            return taken;
        }
    }

    static boolean boundaries(String line, String stem, int start, int end) {
        if (start > 0 && Character.isLetterOrDigit(line.charAt(start - 1))
                && Character.isLetterOrDigit(stem.charAt(0))) {
            return false;
        }
        char last = stem.charAt(stem.length() - 1);
        if (stem.length() <= 3 && Character.isLetterOrDigit(last)) {
            return end >= line.length() || !Character.isLetterOrDigit(line.charAt(end));
        }
        return true;
    }
}
