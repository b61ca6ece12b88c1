package dev.prodready.collect;

import dev.prodready.workspace.SourceFile;

/** Ready-made file scans. */
public final class FileScans {

    /** Sees files and finds nothing: for a collector whose rules could not be loaded (it has noted why). */
    public static final FileScan NONE = new FileScan() {
        @Override
        public void file(SourceFile file, FileText text, FactSink sink) {
        }

        @Override
        public void end(FactSink sink) {
        }
    };

    private FileScans() {
    }
}
