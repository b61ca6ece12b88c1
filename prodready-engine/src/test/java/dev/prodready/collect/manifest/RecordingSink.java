package dev.prodready.collect.manifest;

import dev.prodready.collect.FactSink;
import dev.prodready.fact.Fact;
import dev.prodready.fact.Note;

import java.util.ArrayList;
import java.util.List;

/** A fact sink for tests: keeps every fact and note in arrival order. */
public final class RecordingSink implements FactSink {

    private final List<Fact> facts = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();

    @Override
    public synchronized void add(Fact fact) {
        facts.add(fact);
    }

    @Override
    public synchronized void note(String path, String message) {
        notes.add(new Note(path, message));
    }

    public List<Fact> facts() {
        return facts;
    }

    public <T extends Fact> List<T> facts(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public List<Note> notes() {
        return notes;
    }
}
