package dev.prodready.collect;

import dev.prodready.fact.Fact;

/** Where a collector puts what it found. Thread-safe: collectors run in parallel. */
public interface FactSink {

    void add(Fact fact);

    /** Something could not be read or judged; it becomes a note in the report. */
    void note(String path, String message);
}
