package dev.prodready.config;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Scan settings from .prodready.yml: paths to skip, the file size cap, the default gate. */
public record Settings(List<String> skip, Optional<Long> maxFileMb, List<String> failOn, OptionalInt minScore) {
    public Settings {
        skip = List.copyOf(skip);
        failOn = List.copyOf(failOn);
    }

    public static Settings defaults() {
        return new Settings(List.of(), Optional.empty(), List.of(), OptionalInt.empty());
    }
}
