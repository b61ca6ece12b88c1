package dev.prodready.collect.code;

import java.util.Map;
import java.util.regex.Pattern;

/** Runs every analysis that applies to one parsed file, on its one tree. */
final class FileAnalysis {

    private static final Pattern AUTHORIZED_CALLBACK = Pattern.compile("\\bauthorized\\s*[(:]");

    private FileAnalysis() {
    }

    static void analyse(FileContext file, CodeIndex index, Map<String, Boolean> verifyJwt) {
        Summaries.collect(file, index);
        new InjectionAnalysis(file, index).run();
        new HtmlAnalysis(file, index).run();
        new WebSettingsAnalysis(file, index).run();
        new ClientCodeAnalysis(file, index).run();
        new PerfAnalysis(file, index).run();
        new AuthCodeAnalysis(file, index).run();
        String text = file.tree().source();
        if (text.contains("mongo-sanitize") || text.contains("sanitizeFilter") || text.contains("mongoSanitize")) {
            index.flag("mongo-sanitize");
        }
        switch (file.language()) {
            case TYPESCRIPT, TSX, JAVASCRIPT -> {
                new JsRoutes(file, index, verifyJwt).run();
                String source = file.tree().source();
                if ((source.contains("NextAuth(") || source.contains("NextAuthConfig")) && AUTHORIZED_CALLBACK.matcher(source).find()) {
                    index.flag("nextauth-authorized-callback");
                }
            }
            case PYTHON -> new PyRoutes(file, index).run();
            case JAVA -> new JavaRoutes(file, index).run();
            default -> {
            }
        }
    }
}
