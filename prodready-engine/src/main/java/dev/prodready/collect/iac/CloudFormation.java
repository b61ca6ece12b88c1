package dev.prodready.collect.iac;

import dev.prodready.collect.FactSink;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.IacResource;
import dev.prodready.fact.IacValue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CloudFormation and SAM templates (YAML or JSON). Intrinsic functions in either notation (!Ref, {"Ref": ...},
 * Fn::Sub) become expressions; a !Ref to a parameter with a literal default is resolved to that default.
 */
final class CloudFormation {

    static final String FORMAT = "cloudformation";
    private static final Pattern REF = Pattern.compile("^(?:!Ref|Ref)\\s+([A-Za-z0-9]+)$");

    private CloudFormation() {
    }

    static boolean looksLike(String text) {
        return text.contains("AWSTemplateFormatVersion") || text.contains("AWS::Serverless")
                || (text.contains("Resources") && text.contains("AWS::"));
    }

    /** Emits each resource; returns how many. */
    static int emit(String path, IacValue.Mapping template, FactSink sink) {
        Map<String, IacValue> parameters = new LinkedHashMap<>();
        for (IacValue.Mapping params : template.mappings("Parameters")) {
            params.entries().forEach((name, def) -> {
                if (def instanceof IacValue.Mapping d) {
                    d.get("Default").filter(v -> v instanceof IacValue.Scalar).ifPresent(v -> parameters.put(name, v));
                }
            });
        }
        int count = 0;
        for (IacValue.Mapping resources : template.mappings("Resources")) {
            for (Map.Entry<String, IacValue> e : resources.entries().entrySet()) {
                if (!(e.getValue() instanceof IacValue.Mapping r)) {
                    continue;
                }
                String type = r.text("Type");
                if (type.isEmpty()) {
                    continue;
                }
                IacValue.Mapping body = (IacValue.Mapping) intrinsics(r, parameters, path);
                sink.add(new IacResource(FORMAT, "resource", type, e.getKey(), body,
                        Evidence.at(path, r.line(), "CloudFormation resource " + e.getKey() + " (" + type + ")")));
                count++;
            }
        }
        return count;
    }

    private static IacValue intrinsics(IacValue v, Map<String, IacValue> parameters, String path) {
        if (v instanceof IacValue.Expression e) {
            return ref(e.expression(), e.line(), parameters, path).orElse(v);
        }
        if (v instanceof IacValue.Mapping m) {
            if (m.entries().size() == 1) {
                String key = m.entries().keySet().iterator().next();
                IacValue inner = m.entries().get(key);
                if (key.equals("Ref") || key.startsWith("Fn::")) {
                    String text = key + " " + (inner instanceof IacValue.Scalar s ? s.text() : "[...]");
                    return ref(text, m.line(), parameters, path).orElse(new IacValue.Expression(text, m.line()));
                }
            }
            Map<String, IacValue> out = new LinkedHashMap<>();
            m.entries().forEach((k, x) -> out.put(k, intrinsics(x, parameters, path)));
            return new IacValue.Mapping(out, m.line());
        }
        if (v instanceof IacValue.Sequence s) {
            return new IacValue.Sequence(s.items().stream().map(x -> intrinsics(x, parameters, path)).toList(), s.line());
        }
        return v;
    }

    private static java.util.Optional<IacValue> ref(String text, int line, Map<String, IacValue> parameters, String path) {
        Matcher m = REF.matcher(text.strip());
        if (m.matches() && parameters.get(m.group(1)) instanceof IacValue.Scalar def) {
            return java.util.Optional.of(def.withOrigin("parameter " + m.group(1) + ", default in " + path + ":"
                    + def.line(), line));
        }
        return java.util.Optional.empty();
    }
}
