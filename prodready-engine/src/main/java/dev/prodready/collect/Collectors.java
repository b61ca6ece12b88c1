package dev.prodready.collect;

import java.util.List;

/** The explicit registry of every collector, run in parallel over one workspace. */
public final class Collectors {

    public static final List<Collector> ALL = List.of(new dev.prodready.collect.secret.SecretsCollector());

    private Collectors() {
    }
}
