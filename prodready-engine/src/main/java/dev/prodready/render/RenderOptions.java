package dev.prodready.render;

/**
 * Presentation choices shared by renderers.
 *
 * @param color   ANSI colour in console output
 * @param width   console width in columns
 * @param verbose show every item with its evidence, not just the gaps
 */
public record RenderOptions(boolean color, int width, boolean verbose) {
    public static RenderOptions plain() {
        return new RenderOptions(false, 100, false);
    }
}
