package dev.prodready.collect.code;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.prodready.collect.FactSink;
import dev.prodready.workspace.SourceFile;
import dev.prodready.workspace.Workspace;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** supabase/config.toml: verify_jwt per Edge Function (for the route guards) and the auth settings. */
final class SupabaseConfig {

    private SupabaseConfig() {
    }

    /** verify_jwt per function name, as configured (functions without a section default to on). */
    static Map<String, Boolean> analyse(Workspace workspace, CodeIndex index, FactSink sink) {
        Map<String, Boolean> verify = new HashMap<>();
        for (SourceFile file : workspace.files(f -> f.path().endsWith("supabase/config.toml"))) {
            Optional<String> text = file.text();
            if (text.isEmpty()) {
                continue;
            }
            JsonNode root;
            try {
                root = new TomlMapper().readTree(text.get());
            } catch (java.io.IOException e) {
                sink.note(file.path(), "not valid TOML (" + e.getMessage().lines().findFirst().orElse("") + "); its settings are unknown");
                continue;
            }
            root.path("functions").fields().forEachRemaining(e -> {
                JsonNode v = e.getValue().path("verify_jwt");
                if (v.isBoolean()) {
                    verify.put(e.getKey(), v.asBoolean());
                }
            });
        }
        return verify;
    }
}
