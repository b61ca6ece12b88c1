package dev.prodready.collect.iac;

import dev.prodready.collect.FactSink;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.IacResource;
import dev.prodready.fact.IacValue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Pulumi programs: YAML ({@code resources:} in Pulumi.yaml), TypeScript/JavaScript ({@code new aws.rds.Instance("db",
 * {...})}) and Python ({@code aws.rds.Instance("db", publicly_accessible=False)}). The AWS, GCP and Azure classic
 * providers are bridged from Terraform, so each resource is emitted under its Terraform type with snake_case
 * attribute names (the same checks read it); the format stays "pulumi" and the evidence points at the program.
 * A resource whose Terraform type is not known keeps its Pulumi token as its type.
 */
final class Pulumi {

    static final String FORMAT = "pulumi";
    static final Set<String> PROGRAM_EXTENSIONS = Set.of("ts", "js", "mjs", "cjs", "py");

    /** Pulumi tokens whose Terraform name does not follow the provider_module_class rule. */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("aws:rds:Instance", "aws_db_instance"), Map.entry("aws:rds:SubnetGroup", "aws_db_subnet_group"),
            Map.entry("aws:rds:ParameterGroup", "aws_db_parameter_group"), Map.entry("aws:rds:Proxy", "aws_db_proxy"),
            Map.entry("aws:rds:OptionGroup", "aws_db_option_group"), Map.entry("aws:rds:Snapshot", "aws_db_snapshot"),
            Map.entry("aws:rds:InstanceAutomatedBackupsReplication", "aws_db_instance_automated_backups_replication"),
            Map.entry("aws:lb:LoadBalancer", "aws_lb"), Map.entry("aws:alb:LoadBalancer", "aws_alb"),
            Map.entry("aws:elb:LoadBalancer", "aws_elb"), Map.entry("aws:s3:BucketV2", "aws_s3_bucket"),
            Map.entry("aws:apigateway:RestApi", "aws_api_gateway_rest_api"),
            Map.entry("aws:apigateway:Stage", "aws_api_gateway_stage"),
            Map.entry("gcp:cloudrun:Service", "google_cloud_run_service"),
            Map.entry("gcp:cloudrunv2:Service", "google_cloud_run_v2_service"),
            Map.entry("gcp:cloudtasks:Queue", "google_cloud_tasks_queue"),
            Map.entry("gcp:cloudfunctionsv2:Function", "google_cloudfunctions2_function"),
            Map.entry("azure-native:dbforpostgresql:Server", "azurerm_postgresql_flexible_server"),
            Map.entry("azure-native:dbforpostgresql:FlexibleServer", "azurerm_postgresql_flexible_server"),
            Map.entry("azure-native:dbformysql:Server", "azurerm_mysql_flexible_server"),
            Map.entry("azure-native:dbformysql:FlexibleServer", "azurerm_mysql_flexible_server"),
            Map.entry("azure-native:network:NetworkSecurityGroup", "azurerm_network_security_group"),
            Map.entry("azure-native:network:SecurityRule", "azurerm_network_security_rule"),
            Map.entry("azure-native:cache:Redis", "azurerm_redis_cache"),
            Map.entry("azure-native:insights:MetricAlert", "azurerm_monitor_metric_alert"),
            Map.entry("azure-native:insights:ActionGroup", "azurerm_monitor_action_group"));

    /** Pulumi names of repeated blocks that Terraform writes in the singular. */
    private static final Map<String, String> BLOCKS = Map.of("origins", "origin", "ordered_cache_behaviors",
            "ordered_cache_behavior", "load_balancers", "load_balancer", "vpc_zone_identifiers", "vpc_zone_identifier",
            "security_rules", "security_rule", "aliases", "alias", "allows", "allow", "denies", "deny");
    private static final Map<String, Map<String, String>> TYPE_BLOCKS = Map.of(
            "aws_wafv2_web_acl", Map.of("rules", "rule"), "google_compute_security_policy", Map.of("rules", "rule"));

    private static final Pattern PROTECT = Pattern.compile(
            "\\bprotect\\s*[=:]\\s*(True|true)\\b");

    private Pulumi() {
    }

    /** The Terraform type of a Pulumi resource token ("aws:rds/instance:Instance", "aws:rds:Instance"). */
    static Optional<String> terraformType(String token) {
        String[] parts = token.split(":");
        if (parts.length != 3) {
            return Optional.empty();
        }
        String provider = parts[0];
        String module = parts[1].contains("/") ? parts[1].substring(0, parts[1].indexOf('/')) : parts[1];
        String cls = parts[2];
        String known = TYPES.get(provider + ":" + module + ":" + cls);
        if (known != null) {
            return Optional.of(known);
        }
        String snake = snake(cls);
        String mod = module.toLowerCase(Locale.ROOT).replace('-', '_');
        return switch (provider) {
            case "aws" -> Optional.of(mod.equals("ec2") ? "aws_" + snake : "aws_" + mod + "_" + snake);
            case "gcp" -> Optional.of("google_" + mod + "_" + snake);
            case "azure" -> Optional.of(mod.equals("network") || mod.equals("core") ? "azurerm_" + snake
                    : "azurerm_" + mod + "_" + snake);
            default -> Optional.empty();
        };
    }

    /** camelCase to snake_case; names already in snake_case are kept. */
    static String snake(String name) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean prevLower = i > 0 && (Character.isLowerCase(name.charAt(i - 1)) || Character.isDigit(name.charAt(i - 1)));
                boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                boolean prevUpper = i > 0 && Character.isUpperCase(name.charAt(i - 1));
                if (prevLower || (prevUpper && nextLower)) {
                    b.append('_');
                }
                b.append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Keys turned to Terraform's snake_case, repeated blocks to their singular names, recursively. */
    static IacValue terraformShape(IacValue v, String type) {
        if (v instanceof IacValue.Mapping m) {
            Map<String, IacValue> out = new LinkedHashMap<>();
            Map<String, String> local = TYPE_BLOCKS.getOrDefault(type, Map.of());
            m.entries().forEach((k, x) -> {
                String key = snake(k);
                key = local.getOrDefault(key, BLOCKS.getOrDefault(key, key));
                out.put(key, terraformShape(x, type));
            });
            return new IacValue.Mapping(out, m.line());
        }
        if (v instanceof IacValue.Sequence s) {
            return new IacValue.Sequence(s.items().stream().map(x -> terraformShape(x, type)).toList(), s.line());
        }
        return v;
    }

    // ---------------------------------------------------------------- YAML programs

    /** Resources of a Pulumi YAML program; returns how many. */
    static int emitYaml(String path, IacValue.Mapping doc, FactSink sink) {
        int n = 0;
        for (IacValue.Mapping resources : doc.mappings("resources")) {
            for (Map.Entry<String, IacValue> e : resources.entries().entrySet()) {
                if (!(e.getValue() instanceof IacValue.Mapping r) || r.text("type").isEmpty()) {
                    continue;
                }
                String token = r.text("type");
                IacValue props = r.get("properties").map(Pulumi::yamlValues)
                        .orElse(IacValue.Mapping.empty(r.line()));
                emit(path, token, e.getKey(), props instanceof IacValue.Mapping m ? m : IacValue.Mapping.empty(r.line()),
                        r.line(), protect(r.path("options.protect")), sink);
                n++;
            }
        }
        return n;
    }

    /** Pulumi YAML interpolations (${db.endpoint}) and fn:: calls are computed values. */
    private static IacValue yamlValues(IacValue v) {
        if (v instanceof IacValue.Scalar s && s.text().contains("${")) {
            return new IacValue.Expression(s.text(), s.line());
        }
        if (v instanceof IacValue.Mapping m) {
            if (m.entries().size() == 1 && m.entries().keySet().iterator().next().startsWith("fn::")) {
                return new IacValue.Expression(m.entries().keySet().iterator().next() + " ...", m.line());
            }
            Map<String, IacValue> out = new LinkedHashMap<>();
            m.entries().forEach((k, x) -> out.put(k, yamlValues(x)));
            return new IacValue.Mapping(out, m.line());
        }
        if (v instanceof IacValue.Sequence s) {
            return new IacValue.Sequence(s.items().stream().map(Pulumi::yamlValues).toList(), s.line());
        }
        return v;
    }

    // ---------------------------------------------------------------- TypeScript, JavaScript, Python programs

    /** Resources constructed in a program file; returns how many. */
    static int emitProgram(String path, String text, String extension, FactSink sink) {
        ProgramText.Language language = ProgramText.languageOf(extension);
        ProgramText program = ProgramText.read(text, language);
        Map<String, String> imports = ProgramImports.of(text, language);
        int n = 0;
        for (ProgramText.Call call : program.calls()) {
            if (language != ProgramText.Language.PYTHON && !call.constructed()) {
                continue;
            }
            String resolved = ProgramImports.resolve(call.callee(), imports);
            if (!resolved.startsWith("pulumi.") && resolved.matches("(aws|gcp|azure|azure_native)\\..*")) {
                resolved = ProgramImports.canonical("pulumi_" + resolved);
            }
            Optional<String> token = token(resolved);
            if (token.isEmpty() || call.lastSegment().endsWith("Args") || call.positional().isEmpty()) {
                continue;
            }
            IacValue first = call.positional().get(0);
            String name = first instanceof IacValue.Scalar s ? s.text()
                    : first instanceof IacValue.Expression e ? e.expression() : "";
            IacValue.Mapping props;
            if (call.positional().size() > 1 && call.positional().get(1) instanceof IacValue.Mapping m) {
                props = m;
            } else if (call.keywords().get("args") instanceof IacValue.Mapping m) {
                props = m;
            } else {
                props = new IacValue.Mapping(withoutOptions(call.keywords()), call.line());
            }
            Optional<IacValue> options = call.positional().size() > 2 ? Optional.of(call.positional().get(2))
                    : Optional.ofNullable(call.keywords().get("opts"));
            emit(path, token.get(), name, props, call.line(), options.flatMap(Pulumi::protectOption), sink);
            n++;
        }
        return n;
    }

    private static Map<String, IacValue> withoutOptions(Map<String, IacValue> keywords) {
        Map<String, IacValue> out = new LinkedHashMap<>(keywords);
        out.remove("opts");
        out.remove("args");
        return out;
    }

    /**
     * The Pulumi token of a resolved call path ("pulumi.aws.rds.Instance" -> "aws:rds:Instance"), for classes of
     * the AWS, GCP and Azure providers only.
     */
    static Optional<String> token(String resolved) {
        String[] s = resolved.split("\\.");
        if (s.length != 4 || !s[0].equals("pulumi") || !Set.of("aws", "gcp", "azure", "azure-native").contains(s[1])
                || s[3].isEmpty() || !Character.isUpperCase(s[3].charAt(0))) {
            return Optional.empty();
        }
        return Optional.of(s[1] + ":" + s[2] + ":" + s[3]);
    }

    /** The resource option protect: a literal mapping entry, or a ResourceOptions(protect=True) call read as text. */
    private static Optional<IacValue> protectOption(IacValue options) {
        if (options instanceof IacValue.Mapping m) {
            return protect(m.get("protect"));
        }
        if (options instanceof IacValue.Expression e && PROTECT.matcher(e.expression()).find()) {
            return Optional.of(IacValue.Scalar.of("true", IacValue.Scalar.Type.BOOL, e.line()));
        }
        return Optional.empty();
    }

    private static Optional<IacValue> protect(Optional<IacValue> flag) {
        return flag.filter(v -> v instanceof IacValue.Scalar s && s.bool().orElse(false));
    }

    private static void emit(String path, String token, String name, IacValue.Mapping props, int line,
                             Optional<IacValue> protect, FactSink sink) {
        Optional<String> tf = terraformType(token);
        String type = tf.orElse(token);
        IacValue.Mapping body = (IacValue.Mapping) terraformShape(props, type);
        if (protect.isPresent()) {
            // Pulumi's protect refuses deletes as Terraform's prevent_destroy does; read it in the same place.
            Map<String, IacValue> withLifecycle = new LinkedHashMap<>(body.entries());
            withLifecycle.put("lifecycle", new IacValue.Mapping(Map.of("prevent_destroy", protect.get()),
                    protect.get().line()));
            body = new IacValue.Mapping(withLifecycle, body.line());
        }
        sink.add(new IacResource(FORMAT, "resource", type, name, body,
                Evidence.at(path, line, "Pulumi resource " + name + " (" + token + ")")));
    }
}
