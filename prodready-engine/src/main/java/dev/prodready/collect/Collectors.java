package dev.prodready.collect;

import dev.prodready.collect.language.LanguageCollector;
import dev.prodready.collect.live.LiveProbeCollector;

import java.util.List;

/** The explicit registry of every collector, run in parallel over one workspace. */
public final class Collectors {

    public static final List<Collector> ALL = List.of(
            new LanguageCollector(),
            new LiveProbeCollector());

    private Collectors() {
    }
}
