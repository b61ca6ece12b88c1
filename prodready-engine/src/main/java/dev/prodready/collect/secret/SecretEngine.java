package dev.prodready.collect.secret;

import dev.prodready.collect.text.KeywordAutomaton;
import dev.prodready.collect.text.KeywordHits;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Finds secrets in one text in one pass: an Aho-Corasick automaton over every rule's keywords marks where
 * secrets can be, and each rule's regex runs only in a window around its keyword hits. Matches then pass
 * the false-positive controls, overlapping matches keep the most specific rule, and inline
 * {@code prodready-ignore} comments are honoured. Thread-safe: per-text state is local and the memo of
 * region results holds immutable entries.
 */
final class SecretEngine {

    /** What one text yielded: accepted matches in order, how many were suppressed, and notes. */
    record BlobResult(List<SecretMatch> matches, int suppressed, List<String> notes) {
        static final BlobResult EMPTY = new BlobResult(List.of(), 0, List.of());
    }

    private static final int CACHE_MASK = (1 << 16) - 1;
    private static final int[] NONE = new int[0];

    private final RuleBook book;
    private final List<SecretRule> rules;
    private final Allowlist allowlist;
    private final MatchJudge judge;
    private final KeywordAutomaton automaton;
    private final int[][] rulesByKeyword;
    private final int[] secretGroupIndex;
    private final boolean[] namedSecret;
    /** Direct-mapped memo of region results, shared by threads: entries are immutable and carry their key. */
    private final RegionResult[] cache = new RegionResult[CACHE_MASK + 1];

    SecretEngine(RuleBook book) {
        this.book = book;
        this.rules = book.rules();
        this.allowlist = book.allowlist();
        this.judge = new MatchJudge(allowlist);
        Map<String, List<Integer>> byKeyword = new LinkedHashMap<>();
        for (int r = 0; r < rules.size(); r++) {
            for (String keyword : rules.get(r).keywords()) {
                List<Integer> owners = byKeyword.computeIfAbsent(keyword, k -> new ArrayList<>());
                if (!owners.contains(r)) {
                    owners.add(r);
                }
            }
        }
        List<String> keywords = new ArrayList<>(byKeyword.keySet());
        this.automaton = KeywordAutomaton.of(keywords);
        this.rulesByKeyword = new int[keywords.size()][];
        for (int k = 0; k < keywords.size(); k++) {
            rulesByKeyword[k] = byKeyword.get(keywords.get(k)).stream().mapToInt(Integer::intValue).toArray();
        }
        this.secretGroupIndex = new int[rules.size()];
        this.namedSecret = new boolean[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            namedSecret[r] = rules.get(r).namedSecretGroup();
            secretGroupIndex[r] = 1;
        }
    }

    private static volatile SecretEngine last;

    /** The engine of a rule book, made once for the last book asked (the built-in one, in practice). */
    static SecretEngine of(RuleBook book) {
        SecretEngine known = last;
        if (known == null || known.book != book) {
            known = new SecretEngine(book);
            last = known;
        }
        return known;
    }

    RuleBook book() {
        return book;
    }

    /** Scans decoded text (a working-tree file). */
    BlobResult scan(String path, String text, ClientExposure exposure) {
        Hits hits = new Hits();
        automaton.scan(text, hits);
        if (hits.size == 0) {
            return BlobResult.EMPTY;
        }
        return process(path, text, hits, exposure, false);
    }

    /** Scans decoded text whose keyword hits are known already (a walk shared with other collectors). */
    BlobResult scan(String path, String text, KeywordHits found, ClientExposure exposure) {
        if (found.isEmpty()) {
            return BlobResult.EMPTY;
        }
        Hits hits = new Hits();
        found.replay(hits);
        return process(path, text, hits, exposure, false);
    }

    /** The keywords every rule is gated by. */
    KeywordAutomaton automaton() {
        return automaton;
    }

    /** Scans raw bytes (a history blob) without decoding them unless a keyword occurs. */
    BlobResult scan(String path, byte[] data, int length, ClientExposure exposure) {
        Hits hits = new Hits();
        automaton.scan(data, length, hits);
        if (hits.size == 0) {
            return BlobResult.EMPTY;
        }
        // Latin-1 keeps one char per byte: offsets and line counts stay exact and decoding is a copy.
        String text = new String(data, 0, length, StandardCharsets.ISO_8859_1);
        return process(path, text, hits, exposure, true);
    }

    private BlobResult process(String path, String text, Hits hits, ClientExposure exposure, boolean latin1) {
        boolean skipGeneric = allowlist.genericSkipped(path);
        int n = text.length();
        int[] scannedTo = new int[rules.size()];
        byte[] requiresState = new byte[rules.size()];
        Matcher[] matchers = new Matcher[rules.size()];
        Set<Long> seen = new HashSet<>();
        List<Candidate> candidates = new ArrayList<>();
        for (int h = 0; h < hits.size; h++) {
            int keyword = hits.keyword[h];
            int start = hits.start[h];
            for (int r : rulesByKeyword[keyword]) {
                SecretRule rule = rules.get(r);
                if (skipGeneric && rule.skipInTests()) {
                    continue;
                }
                int kwEnd = start + automaton.length(keyword);
                int from;
                int to;
                if (rule.anchorIdentifier()) {
                    // One run per identifier, however many keywords it holds.
                    from = identifierStart(text, start);
                    if (from < scannedTo[r]) {
                        continue;
                    }
                    to = lineEnd(text, kwEnd, rule.after());
                    int end = identifierEnd(text, kwEnd);
                    scannedTo[r] = end;
                    if (!assignmentFollows(text, end, to)) {
                        continue;
                    }
                } else {
                    if (rule.multiline()) {
                        from = Math.max(0, start - rule.before());
                        to = (int) Math.min(n, (long) kwEnd + rule.after());
                    } else {
                        from = lineStart(text, start, rule.before());
                        to = lineEnd(text, kwEnd, rule.after());
                    }
                    // A later hit needs its own run only when its window reaches further than the last one.
                    if (to <= scannedTo[r]) {
                        continue;
                    }
                    scannedTo[r] = to;
                }
                int[] found = rule.multiline() ? null : cachedRegion(r, text, from, to);
                if (found == null) {
                    Matcher m = matchers[r];
                    if (m == null) {
                        m = matchers[r] = rule.pattern().matcher(text).useTransparentBounds(true)
                                .useAnchoringBounds(false);
                    }
                    found = runRegion(r, rule, m, text, from, to);
                }
                for (int i = 0; i < found.length; i += 3) {
                    int s = from + found[i];
                    if (!seen.add(((long) r << 32) | s)) {
                        continue;
                    }
                    if (rule.requires().isPresent()) {
                        if (requiresState[r] == 0) {
                            requiresState[r] = (byte) (rule.requires().get().matcher(text).find() ? 1 : 2);
                        }
                        if (requiresState[r] == 2) {
                            continue;
                        }
                    }
                    int e = from + found[i + 1];
                    candidates.add(new Candidate(r, rule, s, e, text.substring(s, e), found[i + 2] == 1));
                }
            }
        }
        if (candidates.isEmpty()) {
            return BlobResult.EMPTY;
        }
        List<Candidate> kept = resolveOverlaps(candidates);
        return finish(path, text, kept, exposure, latin1);
    }

    /**
     * Runs one rule over one region: the accepted matches as (start, end, local) triples relative to
     * {@code from}. Judging depends only on the region text and its immediate surroundings, so results are
     * remembered by a hash of that text: history repeats most lines in version after version.
     */
    private int[] runRegion(int r, SecretRule rule, Matcher m, String text, int from, int to) {
        m.region(from, to);
        int[] found = NONE;
        boolean anchored = rule.anchorIdentifier();
        while (anchored ? found == NONE && m.lookingAt() : m.find()) {
            int s = namedSecret[r] ? m.start("secret") : m.start(secretGroupIndex[r]);
            int e = namedSecret[r] ? m.end("secret") : m.end(secretGroupIndex[r]);
            if (s >= 0 && e > s) {
                MatchJudge.Verdict verdict = judge.judge(rule, m, text.substring(s, e), text);
                if (verdict != MatchJudge.Verdict.REJECT) {
                    found = Arrays.copyOf(found, found.length + 3);
                    found[found.length - 3] = s - from;
                    found[found.length - 2] = e - from;
                    found[found.length - 1] = verdict == MatchJudge.Verdict.LOCAL ? 1 : 0;
                }
            }
            if (anchored) {
                break;
            }
        }
        if (!rule.multiline()) {
            long key = regionKey(r, text, from, to);
            cache[(int) (key & CACHE_MASK)] = new RegionResult(key, found);
        }
        return found;
    }

    private int[] cachedRegion(int r, String text, int from, int to) {
        long key = regionKey(r, text, from, to);
        RegionResult hit = cache[(int) (key & CACHE_MASK)];
        return hit != null && hit.key() == key ? hit.found() : null;
    }

    /** FNV-1a over the rule, the region and one character either side (judging looks at both). */
    private static long regionKey(int r, String text, int from, int to) {
        long h = 0xcbf29ce484222325L ^ r;
        int end = Math.min(text.length(), to + 2);
        for (int i = Math.max(0, from - 1); i < end; i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h ^ ((long) (to - from) << 48);
    }

    private record RegionResult(long key, int[] found) {
    }


    private record Candidate(int index, SecretRule rule, int start, int end, String secret, boolean local) {
    }

    /** Overlapping matches keep the highest priority, then the longest, then the earliest rule in the file. */
    private static List<Candidate> resolveOverlaps(List<Candidate> candidates) {
        if (candidates.size() == 1) {
            return candidates;
        }
        List<Candidate> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingInt((Candidate c) -> -c.rule().priority())
                .thenComparingInt(c -> -(c.end() - c.start()))
                .thenComparingInt(Candidate::index));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : ranked) {
            boolean overlaps = false;
            for (Candidate k : kept) {
                if (c.start() < k.end() && k.start() < c.end()) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        return kept;
    }

    private BlobResult finish(String path, String text, List<Candidate> kept, ClientExposure exposure,
                              boolean latin1) {
        List<SecretMatch> matches = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int suppressed = 0;
        int line = 1;
        int pos = 0;
        Boolean clientFile = null;
        for (Candidate c : kept) {
            for (int nl = text.indexOf('\n', pos); nl >= 0 && nl < c.start(); nl = text.indexOf('\n', pos)) {
                line++;
                pos = nl + 1;
            }
            int lineStart = text.lastIndexOf('\n', c.start() - 1) + 1;
            Optional<String> ignoreReason = InlineIgnores.reason(text, lineStart, c.rule());
            if (ignoreReason.isPresent()) {
                suppressed++;
                if (ignoreReason.get().isEmpty()) {
                    notes.add("prodready-ignore for " + c.rule().ruleId() + " at line " + line
                            + " gives no reason; say why the value is safe to keep");
                }
                continue;
            }
            Optional<String> exposedName = Optional.empty();
            boolean client = false;
            if (c.rule().role() == Role.SECRET) {
                exposedName = exposure.exposedName(text.substring(Math.max(lineStart, c.start() - 300), c.start()));
                if (clientFile == null) {
                    clientFile = exposure.clientFile(path, text);
                }
                client = clientFile;
            }
            String secret = latin1 ? new String(c.secret().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8)
                    : c.secret();
            matches.add(new SecretMatch(c.rule(), secret, c.start(), line, exposedName, client, c.local()));
        }
        return new BlobResult(List.copyOf(matches), suppressed, List.copyOf(notes));
    }

    /** After an identifier: optional quote, bracket and spaces, then an assignment operator. */
    private static boolean assignmentFollows(String text, int pos, int limit) {
        int i = pos;
        while (i < limit) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'' || c == ']' || c == ' ' || c == '\t') {
                i++;
            } else {
                return c == '=' || c == ':' || c == '>' || c == '?';
            }
        }
        return false;
    }

    private static boolean identifierChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
                || c == '.';
    }

    private static int identifierStart(String text, int pos) {
        int limit = Math.max(0, pos - 128);
        int i = pos;
        while (i > limit && identifierChar(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int identifierEnd(String text, int pos) {
        int limit = Math.min(text.length(), pos + 128);
        int i = pos;
        while (i < limit && identifierChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int lineStart(String text, int pos, int limit) {
        int floor = Math.max(0, pos - limit);
        for (int i = pos - 1; i >= floor; i--) {
            if (text.charAt(i) == '\n') {
                return i + 1;
            }
        }
        return floor;
    }

    private static int lineEnd(String text, int pos, int limit) {
        int ceiling = (int) Math.min(text.length(), (long) pos + limit);
        for (int i = pos; i < ceiling; i++) {
            if (text.charAt(i) == '\n') {
                return i;
            }
        }
        return ceiling;
    }

    /** Keyword hits in text order, as parallel arrays to avoid boxing. */
    private static final class Hits implements KeywordAutomaton.Hits {
        int[] keyword = new int[8];
        int[] start = new int[8];
        int size;

        @Override
        public boolean hit(int k, int s, int end) {
            if (size == keyword.length) {
                keyword = Arrays.copyOf(keyword, size * 2);
                start = Arrays.copyOf(start, size * 2);
            }
            keyword[size] = k;
            start[size] = Math.max(0, s);
            size++;
            return true;
        }
    }
}
