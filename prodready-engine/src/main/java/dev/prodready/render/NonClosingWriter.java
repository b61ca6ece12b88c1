package dev.prodready.render;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** Lets a library write to a stream it must not close (stdout, or a writer owned by the caller). */
final class NonClosingWriter extends FilterWriter {
    NonClosingWriter(Writer out) {
        super(out);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
