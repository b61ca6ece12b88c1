package dev.prodready.workspace;

import dev.prodready.fact.Note;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;

/** Notes gathered while the workspace is built and read; thread-safe, de-duplicated, sorted on read. */
final class NoteLog {
    private final Set<Note> notes = ConcurrentHashMap.newKeySet();
    // Read-once texts are kept (softly) for the collectors that follow, except in very large trees: there the
    // soft cache fills the heap and the collector threads spend their time in full collections instead.
    private volatile boolean cacheTexts = true;

    boolean cacheTexts() {
        return cacheTexts;
    }

    void cacheTexts(boolean on) {
        cacheTexts = on;
    }

    void add(String path, String message) {
        notes.add(new Note(path, message));
    }

    List<Note> sorted() {
        return notes.stream().sorted().toList();
    }
}
