package dev.prodready.collect;

import dev.prodready.workspace.SourceFile;

/** One file collector's work in one scan: each file, then the whole. */
public interface FileScan {

    /**
     * Looks at one file. Called from several threads at once, each file once; the facts and notes given to
     * {@code sink} reach the report in file order, whatever order the files were seen in.
     *
     * @param text the file's text, read and decoded at most once for all collectors
     */
    void file(SourceFile file, FileText text, FactSink sink);

    /** After every file has been seen: facts about the whole tree, coverage. */
    void end(FactSink sink);
}
