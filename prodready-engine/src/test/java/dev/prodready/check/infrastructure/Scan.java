package dev.prodready.check.infrastructure;

import dev.prodready.collect.iac.Parsed;
import dev.prodready.fact.Fact;

import java.util.ArrayList;
import java.util.List;

/**
 * An inline file as a scan sees it: the content-pattern matches of this area's pattern files (as the pattern
 * collector would produce them) plus the facts of the infrastructure and pipeline parsers. Checks are tested on
 * both together, so a setting seen by two collectors is never counted twice.
 */
public final class Scan {

    private Scan() {
    }

    public static List<Fact> file(String path, String content) {
        return file(path, content, Snippets.Text.LINE);
    }

    public static List<Fact> file(String path, String content, Snippets.Text text) {
        List<Fact> out = new ArrayList<>(Snippets.file(path, content, text));
        out.addAll(Parsed.file(path, content));
        return out;
    }

    /** Several files scanned together (a pipeline and the package.json its steps call, tfvars beside a module). */
    public static List<Fact> files(String... pathsAndContents) {
        List<Fact> out = new ArrayList<>();
        for (int i = 0; i + 1 < pathsAndContents.length; i += 2) {
            out.addAll(Snippets.file(pathsAndContents[i], pathsAndContents[i + 1]));
        }
        out.addAll(Parsed.files(pathsAndContents).facts());
        return out;
    }
}
