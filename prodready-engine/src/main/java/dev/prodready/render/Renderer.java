package dev.prodready.render;

import dev.prodready.report.Report;

import java.io.IOException;
import java.io.Writer;

/** Formats a report. One class per format; renderers never judge, they only format. */
public interface Renderer {

    /** The format name used in {@code -o FORMAT=FILE}. */
    String format();

    void render(Report report, Writer out) throws IOException;
}
