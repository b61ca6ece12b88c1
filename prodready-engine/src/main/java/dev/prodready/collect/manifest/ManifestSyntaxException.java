package dev.prodready.collect.manifest;

/** A manifest or lockfile whose syntax could not be read: the format, the line (0 if unknown) and why. */
final class ManifestSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;
    private static final int MAX_DETAIL = 160;

    private final String format;
    private final int line;

    ManifestSyntaxException(String format, int line, String detail) {
        super(clean(detail));
        this.format = format;
        this.line = Math.max(0, line);
    }

    String format() {
        return format;
    }

    int line() {
        return line;
    }

    /** "not valid JSON at line 7: Unexpected character" — the start of a note. */
    String describe() {
        return "not valid " + format + (line > 0 ? " at line " + line : "") + ": " + getMessage();
    }

    /** Parser messages span lines and quote source snippets; keep the first meaningful sentence or two. */
    static String clean(String detail) {
        if (detail == null || detail.isBlank()) {
            return "unreadable";
        }
        StringBuilder out = new StringBuilder();
        for (String raw : detail.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("^") || line.startsWith("in 'reader'") || line.startsWith("at [Source")
                    || raw.startsWith("    ")) {
                continue;
            }
            if (out.length() > 0) {
                out.append("; ");
            }
            out.append(line);
        }
        String text = (out.length() == 0 ? detail.strip() : out.toString()).replaceFirst("[.;]+$", "");
        return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL - 3) + "...";
    }
}
