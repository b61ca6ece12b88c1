package dev.prodready.collect;

import dev.prodready.workspace.Workspace;

import java.util.List;

/**
 * A collector that reads the contents of many files, one file at a time. The audit reads each indexed file once
 * and shows it to every file collector in one pass, in parallel over files ({@link FilePass}), instead of each
 * collector reading the whole tree again.
 */
public interface FileCollector extends Collector {

    /** Begins one scan: loads rules and reads whatever must be known before the files are seen. */
    FileScan begin(Workspace workspace, FactSink sink);

    /** Runs this collector alone over the workspace. */
    @Override
    default void collect(Workspace workspace, FactSink sink) {
        FilePass.run(workspace, List.of(this), sink);
    }
}
