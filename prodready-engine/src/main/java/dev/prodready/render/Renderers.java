package dev.prodready.render;

import java.util.List;
import java.util.Optional;

/** Maps format names to renderers. */
public final class Renderers {

    public static final List<String> FORMATS = List.of("console", "json", "markdown", "sarif", "junit", "html");

    private Renderers() {
    }

    public static Optional<Renderer> forFormat(String format, RenderOptions options) {
        return switch (format) {
            case "console" -> Optional.of(new ConsoleRenderer(options));
            case "json" -> Optional.of(new JsonRenderer());
            case "markdown" -> Optional.of(new MarkdownRenderer());
            case "sarif" -> Optional.of(new SarifRenderer());
            case "junit" -> Optional.of(new JunitRenderer());
            case "html" -> Optional.of(new HtmlRenderer());
            default -> Optional.empty();
        };
    }
}
