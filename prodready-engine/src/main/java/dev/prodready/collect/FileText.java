package dev.prodready.collect;

import dev.prodready.collect.text.KeywordAutomaton;
import dev.prodready.collect.text.KeywordHits;
import dev.prodready.collect.text.KeywordUnion;
import dev.prodready.workspace.SourceFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A file's text for the collectors of one pass: read on first use, then shared, as are the keyword scans of it.
 * Confined to one thread.
 *
 * <p>Collectors ask for the hits of their keyword automata ({@link #hits}). When the pass can tell from the first
 * question which automata the others will ask about (those asked after it in earlier files), that question walks
 * the text once for all of them ({@link KeywordUnion}); otherwise each automaton walks it on its own. The answers
 * are the same either way.
 */
public final class FileText {

    private final SourceFile file;
    private final Function<KeywordAutomaton, List<KeywordAutomaton>> expectation;
    private final Function<List<KeywordAutomaton>, KeywordUnion> unions;
    private Optional<String> text;
    private List<KeywordAutomaton> scanned = List.of();
    private KeywordHits[] scannedHits;
    private final List<KeywordAutomaton> asked = new ArrayList<>(4);

    public FileText(SourceFile file) {
        this(file, first -> List.of(), null);
    }

    /**
     * @param expectation given the first automaton asked about the file, those likely to be asked after it (the
     *                    pass learns them from earlier files); an empty list when it cannot tell
     * @param unions      gives the union of a list of automata (remembered by the pass)
     */
    FileText(SourceFile file, Function<KeywordAutomaton, List<KeywordAutomaton>> expectation,
             Function<List<KeywordAutomaton>, KeywordUnion> unions) {
        this.file = file;
        this.expectation = expectation;
        this.unions = unions;
    }

    /** The decoded text, or empty when the file is too large, binary or unreadable (the workspace notes why). */
    public Optional<String> get() {
        if (text == null) {
            text = file.text();
        }
        return text;
    }

    /**
     * The occurrences of the automaton's keywords in the text, as its own scan would report them.
     * @throws IllegalStateException when the text is not available (ask {@link #get} first)
     */
    public KeywordHits hits(KeywordAutomaton automaton) {
        String source = get().orElseThrow(() -> new IllegalStateException(file.path() + ": no text to scan"));
        if (!asked.contains(automaton)) {
            asked.add(automaton);
        }
        int at = indexOf(scanned, automaton);
        if (at >= 0) {
            return scannedHits[at];
        }
        List<KeywordAutomaton> walk = List.of(automaton);
        if (scannedHits == null) {
            List<KeywordAutomaton> expected = expectation.apply(automaton);
            if (expected.size() > 1 && indexOf(expected, automaton) >= 0) {
                walk = expected;
            }
        }
        KeywordHits[] found = walk.size() == 1 ? new KeywordHits[] {KeywordHits.of(automaton, source)}
                : unions.apply(walk).scan(source);
        if (scannedHits == null) {
            scanned = walk;
            scannedHits = found;
        } else {
            List<KeywordAutomaton> more = new ArrayList<>(scanned);
            more.addAll(walk);
            KeywordHits[] all = java.util.Arrays.copyOf(scannedHits, scannedHits.length + found.length);
            System.arraycopy(found, 0, all, scannedHits.length, found.length);
            scanned = more;
            scannedHits = all;
        }
        return found[indexOf(walk, automaton)];
    }

    /** The automata asked about this file so far, in the order first asked. */
    List<KeywordAutomaton> asked() {
        return asked;
    }

    private static int indexOf(List<KeywordAutomaton> automata, KeywordAutomaton automaton) {
        for (int i = 0; i < automata.size(); i++) {
            if (automata.get(i) == automaton) {
                return i;
            }
        }
        return -1;
    }
}
