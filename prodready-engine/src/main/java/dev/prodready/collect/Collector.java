package dev.prodready.collect;

import dev.prodready.workspace.Workspace;

/** Gathers one kind of fact from the workspace. Pure: reads only the workspace, knows no catalogue. */
public interface Collector {

    /** A short stable name, used in notes and timings ("manifests", "documents"). */
    String id();

    void collect(Workspace workspace, FactSink sink);
}
