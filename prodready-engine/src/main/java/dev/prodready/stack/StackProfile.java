package dev.prodready.stack;

import java.util.List;
import java.util.Map;

/**
 * What the application is built with. {@code remediationStack} is the catalogue remediation key that fits
 * best ("nextjs", "vite-supabase", "express", "python", "spring", or "generic").
 */
public record StackProfile(List<String> languages, List<String> frameworks, List<String> services,
                           Map<Trait, TraitState> traits, String remediationStack) {

    public StackProfile {
        languages = List.copyOf(languages);
        frameworks = List.copyOf(frameworks);
        services = List.copyOf(services);
        traits = Map.copyOf(traits);
    }

    public TraitState trait(Trait trait) {
        return traits.getOrDefault(trait, TraitState.unknown("not determined"));
    }

    public boolean has(Trait trait) {
        return trait(trait).presence() == Presence.PRESENT;
    }

    public boolean uses(String frameworkOrService) {
        return frameworks.contains(frameworkOrService) || services.contains(frameworkOrService);
    }

    public static StackProfile empty() {
        return new StackProfile(List.of(), List.of(), List.of(), Map.of(), "generic");
    }
}
