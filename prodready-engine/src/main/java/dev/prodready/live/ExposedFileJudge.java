package dev.prodready.live;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides from the body whether a sensitive path really served that kind of file. Many sites answer 200 with
 * their HTML shell for any path, so the status alone proves nothing.
 */
final class ExposedFileJudge {

    private static final Pattern ENV_LINE = Pattern.compile("(?m)^\\s*(export\\s+)?[A-Za-z_][A-Za-z0-9_]*\\s*=.*$");
    private static final Pattern GIT_HEAD = Pattern.compile("^(ref: refs/\\S+|[0-9a-f]{40})\\s*$");
    private static final byte[] DS_STORE = {0, 0, 0, 1, 'B', 'u', 'd', '1'};

    private ExposedFileJudge() {
    }

    /** What the body is, when it is the sensitive file; empty when it is not. */
    static Optional<String> judge(String path, int status, byte[] body) {
        if (status < 200 || status >= 300 || body.length == 0) {
            return Optional.empty();
        }
        String text = new String(body, 0, Math.min(body.length, 65536), StandardCharsets.UTF_8);
        String lower = text.toLowerCase(Locale.ROOT);
        boolean html = lower.contains("<html") || lower.contains("<!doctype") || lower.contains("<body")
                || lower.contains("<head");
        if (path.startsWith("/.env")) {
            long lines = ENV_LINE.matcher(text).results().count();
            return !html && lines >= 2 ? Optional.of(lines + " KEY=value lines, an environment file")
                    : Optional.empty();
        }
        if (path.equals("/.git/config")) {
            return !html && text.contains("[core]") && (text.contains("repositoryformatversion")
                    || text.contains("[remote ")) ? Optional.of("a git configuration ([core] section)")
                    : Optional.empty();
        }
        if (path.equals("/.git/HEAD")) {
            return GIT_HEAD.matcher(text.strip()).matches() ? Optional.of("git HEAD: " + text.strip())
                    : Optional.empty();
        }
        if (path.equals("/.DS_Store")) {
            return startsWith(body, DS_STORE) ? Optional.of("a macOS .DS_Store (lists folder contents)")
                    : Optional.empty();
        }
        if (path.endsWith(".sql")) {
            boolean dump = lower.contains("create table") || lower.contains("insert into")
                    || lower.contains("-- mysql dump") || lower.contains("postgresql database dump");
            return !html && dump ? Optional.of("an SQL dump (CREATE TABLE / INSERT INTO)") : Optional.empty();
        }
        if (path.endsWith(".zip")) {
            return startsWith(body, new byte[]{'P', 'K', 3, 4}) ? Optional.of("a ZIP archive") : Optional.empty();
        }
        if (path.endsWith(".tar.gz")) {
            return startsWith(body, new byte[]{0x1f, (byte) 0x8b}) ? Optional.of("a gzip archive")
                    : Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] body, byte[] magic) {
        if (body.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (body[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
