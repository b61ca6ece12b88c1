package dev.prodready.collect.code;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.prodready.collect.FactSink;
import dev.prodready.fact.AuthSettingFact;
import dev.prodready.fact.Evidence;
import dev.prodready.workspace.SourceFile;
import dev.prodready.workspace.Workspace;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * supabase/config.toml: verify_jwt per Edge Function (for the route guards), the schemas the API exposes (for
 * row-level security), and the auth settings (password length and rules, MFA, JWT lifetime, sessions, refresh
 * token rotation).
 */
final class SupabaseConfig {

    /** What the rest of the analysis needs from the file. */
    record Settings(Map<String, Boolean> verifyJwt, Set<String> exposedSchemas) {
    }

    private SupabaseConfig() {
    }

    static Settings analyse(Workspace workspace, CodeIndex index, FactSink sink) {
        Map<String, Boolean> verify = new HashMap<>();
        Set<String> schemas = new LinkedHashSet<>();
        for (SourceFile file : workspace.files(f -> f.path().equals("supabase/config.toml")
                || f.path().endsWith("/supabase/config.toml"))) {
            Optional<String> text = file.text();
            if (text.isEmpty()) {
                continue;
            }
            JsonNode root;
            try {
                root = new TomlMapper().readTree(text.get());
            } catch (java.io.IOException e) {
                sink.note(file.path(), "not valid TOML (" + e.getMessage().lines().findFirst().orElse("")
                        + "); its settings are unknown");
                continue;
            }
            root.path("functions").fields().forEachRemaining(e -> {
                JsonNode v = e.getValue().path("verify_jwt");
                if (v.isBoolean()) {
                    verify.put(e.getKey(), v.asBoolean());
                }
            });
            root.path("api").path("schemas").forEach(s -> schemas.add(s.asText()));
            TomlLines lines = TomlLines.of(file.lines());
            auth(root.path("auth"), lines, file.path(), index);
        }
        if (schemas.isEmpty()) {
            schemas.add("public");
        }
        schemas.remove("graphql_public");
        return new Settings(verify, schemas);
    }

    private static void auth(JsonNode auth, TomlLines lines, String path, CodeIndex index) {
        if (auth.isMissingNode()) {
            return;
        }
        CodeRules rules = index.rules();
        int minimum = rules.node("auth.minimumPasswordLength").asInt(8);
        JsonNode length = auth.path("minimum_password_length");
        int len = length.isNumber() ? length.asInt() : 6;
        add(index, "password-min-length", String.valueOf(len), len >= minimum, lines.line("auth", "minimum_password_length"),
                path, length.isNumber() ? "minimum_password_length = " + len
                        + (len >= minimum ? "" : " (below " + minimum + ")") : "minimum_password_length not set; Supabase's default is 6");
        JsonNode requirements = auth.path("password_requirements");
        String req = requirements.asText("");
        add(index, "password-requirements", req.isEmpty() ? "none" : req, !req.isEmpty(),
                lines.line("auth", "password_requirements"), path, req.isEmpty()
                        ? "password_requirements not set: any characters are accepted" : "password_requirements = " + req);
        auth.fields().forEachRemaining(e -> {
            String key = e.getKey().toLowerCase();
            if (key.contains("hibp") || key.contains("leaked") || key.contains("pwned")) {
                boolean on = e.getValue().asBoolean(false);
                add(index, "leaked-password-check", e.getValue().asText(), on, lines.line("auth", e.getKey()), path,
                        e.getKey() + " = " + e.getValue().asText());
            }
        });
        JsonNode mfa = auth.path("mfa");
        if (!mfa.isMissingNode()) {
            boolean totp = mfa.path("totp").path("enroll_enabled").asBoolean(false) && mfa.path("totp").path("verify_enabled").asBoolean(false);
            boolean phone = mfa.path("phone").path("enroll_enabled").asBoolean(false) && mfa.path("phone").path("verify_enabled").asBoolean(false);
            boolean webauthn = mfa.path("web_authn").path("enroll_enabled").asBoolean(false);
            boolean on = totp || phone || webauthn;
            int line = lines.line("auth.mfa.totp", "enroll_enabled");
            add(index, "mfa", on ? "enabled" : "disabled", on, line > 0 ? line : lines.section("auth.mfa"), path, on
                    ? "MFA factors enabled in [auth.mfa] (" + (totp ? "TOTP" : "") + (phone ? " phone" : "") + (webauthn ? " WebAuthn" : "") + ")"
                    : "[auth.mfa] present but no factor is both enrollable and verifiable");
        }
        JsonNode expiry = auth.path("jwt_expiry");
        if (expiry.isNumber()) {
            int seconds = expiry.asInt();
            add(index, "jwt-expiry", seconds + "s", seconds <= 3600, lines.line("auth", "jwt_expiry"), path,
                    "jwt_expiry = " + seconds + " seconds" + (seconds > 3600 ? " (over an hour: stolen tokens stay valid long)" : ""));
        }
        JsonNode rotation = auth.path("enable_refresh_token_rotation");
        if (rotation.isBoolean()) {
            add(index, "refresh-token-rotation", rotation.asText(), rotation.asBoolean(),
                    lines.line("auth", "enable_refresh_token_rotation"), path, "enable_refresh_token_rotation = " + rotation.asText());
        }
        JsonNode sessions = auth.path("sessions");
        if (!sessions.isMissingNode()) {
            String timebox = sessions.path("timebox").asText("");
            String inactivity = sessions.path("inactivity_timeout").asText("");
            boolean limited = !timebox.isEmpty() && !timebox.equals("0") || !inactivity.isEmpty() && !inactivity.equals("0");
            add(index, "session-timeout", (timebox + " " + inactivity).strip(), limited, lines.section("auth.sessions"), path,
                    limited ? "[auth.sessions] limits session length (timebox " + timebox + ", inactivity " + inactivity + ")"
                            : "[auth.sessions] sets no timebox or inactivity timeout");
        }
    }

    private static void add(CodeIndex index, String setting, String value, boolean safe, int line, String path, String message) {
        String rule = switch (setting) {
            case "mfa" -> safe ? "authcfg.mfa-enabled" : "authcfg.mfa-disabled";
            case "password-min-length", "password-requirements", "leaked-password-check" ->
                    safe ? "authcfg.password-policy" : "authcfg.weak-password-policy";
            default -> safe ? "authcfg.session-limits" : "authcfg.long-sessions";
        };
        index.add(new AuthSettingFact("supabase", setting, value, safe, rule, index.rules().rule(rule).item(),
                Evidence.at(path, Math.max(line, 0), message)));
    }

    /** Line numbers of keys in a TOML file, by [section] and key. */
    record TomlLines(Map<String, Integer> keys, Map<String, Integer> sections) {

        static TomlLines of(List<String> lines) {
            Map<String, Integer> keys = new HashMap<>();
            Map<String, Integer> sections = new HashMap<>();
            String section = "";
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i).strip();
                int hash = l.indexOf(" #");
                if (l.startsWith("[") && hash > 0) {
                    l = l.substring(0, hash).strip();
                }
                if (l.startsWith("[")) {
                    section = l.replaceAll("[\\[\\]\\s]", "");
                    sections.putIfAbsent(section, i + 1);
                } else if (l.contains("=") && !l.startsWith("#")) {
                    keys.putIfAbsent(section + "." + l.substring(0, l.indexOf('=')).strip(), i + 1);
                }
            }
            return new TomlLines(keys, sections);
        }

        int line(String section, String key) {
            return keys.getOrDefault(section + "." + key, sections.getOrDefault(section, 0));
        }

        int section(String section) {
            return sections.getOrDefault(section, 0);
        }
    }
}
