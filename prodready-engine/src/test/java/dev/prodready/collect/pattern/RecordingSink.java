package dev.prodready.collect.pattern;

import dev.prodready.collect.FactSink;
import dev.prodready.fact.Fact;
import dev.prodready.fact.Note;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sink that keeps what collectors report, for assertions. */
public final class RecordingSink implements FactSink {

    public final List<Fact> facts = new CopyOnWriteArrayList<>();
    public final List<Note> notes = new CopyOnWriteArrayList<>();

    @Override
    public void add(Fact fact) {
        facts.add(fact);
    }

    @Override
    public void note(String path, String message) {
        notes.add(new Note(path, message));
    }

    public <T extends Fact> List<T> all(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
