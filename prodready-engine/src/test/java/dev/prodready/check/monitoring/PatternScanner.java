package dev.prodready.check.monitoring;

import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A small stand-in for the content-pattern collector, for tests only: it applies the pattern files to files
 * given as text (globs, keyword pre-filter, regex per line) so that checks can be tried on realistic sources.
 */
public final class PatternScanner {

    private final List<PatternFile.Entry> entries = new ArrayList<>();

    public PatternScanner(String... resources) {
        for (String resource : resources) {
            entries.addAll(PatternFile.load(resource).entries());
        }
    }

    public List<ContentMatch> scan(Map<String, String> files) {
        List<ContentMatch> out = new ArrayList<>();
        for (PatternFile.Entry entry : entries) {
            List<Pattern> globs = entry.files().stream().map(PatternScanner::glob).toList();
            Pattern regex = Pattern.compile(entry.regex());
            files.forEach((path, text) -> {
                if (globs.stream().noneMatch(g -> g.matcher(path).matches())
                        || entry.keywords().stream().noneMatch(text::contains)) {
                    return;
                }
                List<String> lines = text.lines().toList();
                for (int i = 0; i < lines.size(); i++) {
                    if (regex.matcher(lines.get(i)).find()) {
                        out.add(new ContentMatch(entry.id(), lines.get(i).strip(),
                                Evidence.at(path, i + 1, entry.id())));
                    }
                }
            });
        }
        return out;
    }

    /** Glob to regex: "**&#47;" also matches the root, "*" stays within a folder, {a,b} is a choice. */
    static Pattern glob(String glob) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (glob.startsWith("**/", i)) {
                re.append("(?:.*/)?");
                i += 2;
            } else if (glob.startsWith("**", i)) {
                re.append(".*");
                i += 1;
            } else if (c == '*') {
                re.append("[^/]*");
            } else if (c == '?') {
                re.append("[^/]");
            } else if (c == '{') {
                re.append("(?:");
            } else if (c == '}') {
                re.append(")");
            } else if (c == ',') {
                re.append("|");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString());
    }
}
