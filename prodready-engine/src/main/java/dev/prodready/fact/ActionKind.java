package dev.prodready.fact;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a pipeline step does, as far as its command or action shows. */
public enum ActionKind {
    TEST, E2E_TEST, LINT, BUILD, DEPLOY, INFRA_APPLY, MIGRATION, ROLLBACK, REMOTE_COPY,
    SECRET_SCAN, SAST, DEPENDENCY_SCAN, CONTAINER_SCAN, PERF_BUDGET, LOAD_TEST, SOURCE_MAP_UPLOAD, BACKUP;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ActionKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst();
    }
}
