package dev.prodready.check.infrastructure;

import dev.prodready.fact.Evidence;
import dev.prodready.fact.IacResource;
import dev.prodready.fact.IacValue;

import java.util.List;
import java.util.Optional;

/**
 * A parsed block of infrastructure code as the checks read it: a resource (Terraform "aws_db_instance",
 * CloudFormation "AWS::RDS::DBInstance", Kubernetes "Deployment", ...) or a block nested in one ("ingress").
 * Values keep their lines, so every verdict can cite the attribute that decided it.
 */
public record IacBlock(String format, String path, int line, String type, String name, IacValue.Mapping body) {

    public static IacBlock of(IacResource r) {
        return new IacBlock(r.format(), r.path(), r.evidence().line(), r.type(), r.name(), r.body());
    }

    /** CloudFormation templates and CDK apps (whose constructs are read as the CloudFormation they synthesise). */
    public boolean isCloudFormation() {
        return format.equals("cloudformation") || format.equals("cdk");
    }

    /** "aws_db_instance.main" for Terraform, "AWS::RDS::DBInstance Database" for CloudFormation. */
    public String label() {
        if (name.isEmpty()) {
            return type;
        }
        if (name.startsWith("module.")) {
            return name + " (" + type + ")";
        }
        return format.equals("terraform") ? type + "." + name : type + " " + name;
    }

    public Evidence evidence(String note) {
        return Evidence.at(path, line, note);
    }

    public Optional<IacValue> value(String dotted) {
        return body.path(dotted);
    }

    /** A Terraform attribute, or the CloudFormation property of that name. */
    public Optional<IacValue> attribute(String terraformName, String cloudFormationName) {
        return isCloudFormation() ? value("Properties." + cloudFormationName) : value(terraformName);
    }

    /** The literal true/false at {@code dotted}; empty when absent or computed. */
    public Optional<Boolean> bool(String dotted) {
        return literal(value(dotted)).flatMap(IacValue.Scalar::bool);
    }

    public Optional<Long> number(String dotted) {
        return literal(value(dotted)).flatMap(IacValue.Scalar::number);
    }

    public String text(String dotted) {
        return literal(value(dotted)).map(IacValue.Scalar::text).orElse("");
    }

    public boolean has(String dotted) {
        return value(dotted).isPresent();
    }

    /** Set through an expression this scan could not resolve (a module output, a function, a ternary). */
    public boolean computed(String dotted) {
        return value(dotted).filter(v -> v instanceof IacValue.Expression).isPresent();
    }

    /**
     * The nested blocks called {@code name} (repeated blocks each count), as blocks of their own; a Terraform
     * {@code dynamic "name"} block counts through its content, whose values are mostly computed.
     */
    public List<IacBlock> blocks(String name) {
        List<IacBlock> out = new java.util.ArrayList<>(body.mappings(name).stream()
                .map(m -> new IacBlock(format, path, m.line(), name, label(), m)).toList());
        for (IacValue.Mapping dynamic : body.mappings("dynamic")) {
            for (IacValue.Mapping generated : dynamic.mappings(name)) {
                generated.mappings("content").forEach(c -> out.add(new IacBlock(format, path, c.line(), name, label(), c)));
            }
        }
        return out;
    }

    /** The first value anywhere in the block that satisfies {@code test}. */
    public Optional<IacValue> find(java.util.function.Predicate<IacValue> test) {
        return find(body, test);
    }

    private static Optional<IacValue> find(IacValue v, java.util.function.Predicate<IacValue> test) {
        if (test.test(v)) {
            return Optional.of(v);
        }
        List<IacValue> children = v instanceof IacValue.Mapping m ? List.copyOf(m.entries().values())
                : v instanceof IacValue.Sequence s ? s.items() : List.of();
        for (IacValue c : children) {
            Optional<IacValue> found = find(c, test);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Evidence at the line of {@code value}, with the variable it came from when it was resolved. */
    public Evidence at(IacValue value, String note) {
        String origin = value instanceof IacValue.Scalar s && !s.origin().isEmpty() ? " (" + s.origin() + ")" : "";
        return Evidence.at(path, value.line(), note + origin);
    }

    /** Evidence at {@code dotted}'s line when it is set, else at the block's header. */
    public Evidence at(String dotted, String note) {
        return value(dotted).map(v -> at(v, note)).orElse(evidence(note));
    }

    /** Every literal string anywhere in the block, for searches such as "does this dashboard chart CPU". */
    public List<String> strings() {
        List<String> out = new java.util.ArrayList<>();
        collect(body, out);
        return out;
    }

    private static void collect(IacValue v, List<String> out) {
        if (v instanceof IacValue.Scalar s) {
            out.add(s.text());
        } else if (v instanceof IacValue.Expression e) {
            out.add(e.expression());
        } else if (v instanceof IacValue.Sequence s) {
            s.items().forEach(i -> collect(i, out));
        } else if (v instanceof IacValue.Mapping m) {
            m.entries().forEach((k, x) -> {
                out.add(k);
                collect(x, out);
            });
        }
    }

    private static Optional<IacValue.Scalar> literal(Optional<IacValue> v) {
        return v.filter(x -> x instanceof IacValue.Scalar).map(x -> (IacValue.Scalar) x);
    }
}
