package dev.prodready.collect.signal;

import dev.prodready.collect.pattern.Glob;
import dev.prodready.fact.SignalKind;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One way a file signals {@code kind}: its path matches one of {@code files} and none of {@code exclude};
 * when {@code content} is not empty, one of {@code keywords} (if any) occurs, ignoring case, and every
 * content regex finds a match while no {@code contentNot} regex does.
 */
record SignalRule(SignalKind kind, String label, List<Glob> files, List<Glob> exclude, List<String> keywords,
                  List<Pattern> content, List<Pattern> contentNot) {

    SignalRule {
        files = List.copyOf(files);
        exclude = List.copyOf(exclude);
        keywords = List.copyOf(keywords);
        content = List.copyOf(content);
        contentNot = List.copyOf(contentNot);
    }

    boolean excluded(String path) {
        if (exclude.isEmpty()) {
            return false; // most rules: no iterator made per file
        }
        for (Glob g : exclude) {
            if (g.matches(path)) {
                return true;
            }
        }
        return false;
    }

    boolean needsContent() {
        return !content.isEmpty() || !contentNot.isEmpty() || !keywords.isEmpty();
    }
}
