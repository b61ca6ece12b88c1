package dev.prodready.collect.iac;

import dev.prodready.collect.FactSink;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.IacResource;
import dev.prodready.fact.IacValue;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Hosting platforms' configuration files, each kept whole as one "config" resource (vercel.json, netlify.toml,
 * fly.toml, railway.json/toml, supabase/config.toml, serverless.yml); render.yaml also yields one resource per
 * service and database, and serverless.yml its CloudFormation resources.
 */
final class PlatformConfigs {

    private PlatformConfigs() {
    }

    /** The platform a file configures, by its path, or empty. */
    /** fly.toml, fly.staging.toml: asked of every file name, so compiled once. */
    private static final Pattern FLY_CONFIG = Pattern.compile("fly(\\.[\\w-]+)?\\.toml");

    static Optional<String> platform(String path, String name) {
        return switch (name) {
            case "vercel.json" -> Optional.of("vercel");
            case "netlify.toml" -> Optional.of("netlify");
            case "railway.json", "railway.toml" -> Optional.of("railway");
            case "render.yaml", "render.yml" -> Optional.of("render");
            case "serverless.yml", "serverless.yaml" -> Optional.of("serverless");
            case "config.toml" -> path.equals("supabase/config.toml") || path.endsWith("/supabase/config.toml")
                    ? Optional.of("supabase") : Optional.empty();
            default -> name.startsWith("fly.") && FLY_CONFIG.matcher(name).matches() ? Optional.of("fly") : Optional.empty();
        };
    }

    static int emit(String platform, String path, String name, IacValue.Mapping doc, FactSink sink) {
        String app = switch (platform) {
            case "fly" -> doc.text("app");
            case "supabase" -> doc.text("project_id");
            case "serverless" -> doc.text("service");
            case "vercel", "railway" -> doc.text("name");
            default -> "";
        };
        sink.add(new IacResource(platform, "config", name, app, doc, Evidence.at(path, 1, platform + " configuration")));
        int n = 1;
        if (platform.equals("render")) {
            for (IacValue.Mapping svc : doc.mappings("services")) {
                String type = svc.text("type");
                sink.add(new IacResource("render", "service", type.isEmpty() ? "service" : type, svc.text("name"), svc,
                        Evidence.at(path, svc.line(), "Render service " + svc.text("name"))));
                n++;
            }
            for (IacValue.Mapping db : doc.mappings("databases")) {
                sink.add(new IacResource("render", "database", "database", db.text("name"), db,
                        Evidence.at(path, db.line(), "Render database " + db.text("name"))));
                n++;
            }
        }
        if (platform.equals("serverless")) {
            Optional<IacValue> resources = doc.get("resources");
            if (resources.isPresent() && resources.get() instanceof IacValue.Mapping r) {
                n += CloudFormation.emit(path, r, sink);
            }
        }
        return n;
    }

    static Map<String, String> formatNames() {
        return Map.of("vercel", "JSON", "railway", "JSON or TOML", "netlify", "TOML", "fly", "TOML", "supabase", "TOML",
                "render", "YAML", "serverless", "YAML");
    }
}
