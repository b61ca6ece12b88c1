package dev.prodready.collect.manifest;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * composer.json ({@code require}, {@code require-dev}) and composer.lock. Platform requirements (php, ext-*, lib-*,
 * composer-*) are the runtime, not packages, and are left out.
 */
final class ComposerManifests {

    private ComposerManifests() {
    }

    static List<Declared> composerJson(String text) throws ManifestSyntaxException {
        Map<String, List<JsonMembers.Member>> sections = JsonMembers.read(text, Set.of("require", "require-dev"));
        List<Declared> out = new ArrayList<>();
        for (String section : List.of("require", "require-dev")) {
            for (JsonMembers.Member m : sections.getOrDefault(section, List.of())) {
                String name = m.key().toLowerCase(Locale.ROOT);
                if (platform(name)) {
                    continue;
                }
                out.add(new Declared(name, m.value(), section.equals("require-dev"), m.line(), section));
            }
        }
        return out;
    }

    private static boolean platform(String name) {
        return !name.contains("/") || name.startsWith("ext-") || name.startsWith("lib-");
    }

    static Lockfile composerLock(String text) throws ManifestSyntaxException {
        JsonNode root = NpmManifests.json(text);
        Map<String, String> versions = new HashMap<>();
        int count = 0;
        for (String section : List.of("packages", "packages-dev")) {
            for (JsonNode pkg : root.path(section)) {
                count++;
                versions.putIfAbsent(pkg.path("name").asText("").toLowerCase(Locale.ROOT),
                        pkg.path("version").asText(""));
            }
        }
        return new Lockfile("composer.lock", count, (dir, name, declared) ->
                Optional.ofNullable(versions.get(name.toLowerCase(Locale.ROOT))).filter(v -> !v.isEmpty()));
    }
}
