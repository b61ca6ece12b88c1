package dev.prodready.collect;

import dev.prodready.workspace.SourceFile;

import java.util.Optional;

/** A file's text for the collectors of one pass: read on first use, then shared. Confined to one thread. */
public final class FileText {

    private final SourceFile file;
    private Optional<String> text;

    public FileText(SourceFile file) {
        this.file = file;
    }

    /** The decoded text, or empty when the file is too large, binary or unreadable (the workspace notes why). */
    public Optional<String> get() {
        if (text == null) {
            text = file.text();
        }
        return text;
    }
}
