package dev.prodready.config;

import java.util.List;

/**
 * The repository's .prodready.yml: attestations, suppressions and settings, plus warnings about keys that
 * were not understood (reported, never silently ignored).
 */
public record Config(String path, List<Attestation> attestations, List<Suppression> suppressions, Settings settings,
                     List<String> warnings) {

    public static final String FILE_NAME = ".prodready.yml";

    public Config {
        attestations = List.copyOf(attestations);
        suppressions = List.copyOf(suppressions);
        warnings = List.copyOf(warnings);
    }

    public static Config empty() {
        return new Config(FILE_NAME, List.of(), List.of(), Settings.defaults(), List.of());
    }
}
