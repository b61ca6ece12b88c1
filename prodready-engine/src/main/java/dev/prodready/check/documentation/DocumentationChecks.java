package dev.prodready.check.documentation;

import dev.prodready.check.Check;

import java.util.List;

/** The checks of the documentation area, one per catalogue item, in catalogue order. */
public final class DocumentationChecks {

    public static final List<Check> ALL = List.of();

    private DocumentationChecks() {
    }
}
