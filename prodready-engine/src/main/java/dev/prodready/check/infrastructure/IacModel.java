package dev.prodready.check.infrastructure;

import dev.prodready.fact.Facts;
import dev.prodready.fact.IacFile;
import dev.prodready.fact.IacResource;
import dev.prodready.fact.IacValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The parsed infrastructure code of the repository: Terraform and CloudFormation resources, Kubernetes objects,
 * compose services, Dockerfile stages and platform configurations, with their attributes and lines.
 */
public final class IacModel {

    private final List<IacResource> all;
    private final List<IacBlock> resources;
    private final List<IacFile> files;

    /** A registry module that creates one resource, read as that resource with the module's own defaults. */
    private record ModuleShape(Pattern source, String type, Map<String, String> defaults) {
    }

    private static final List<ModuleShape> MODULES = List.of(
            new ModuleShape(Pattern.compile("terraform-aws-modules/(terraform-aws-)?rds(\\.git)?(/aws)?([/?].*)?$"),
                    "aws_db_instance", Map.of("storage_encrypted", "true", "publicly_accessible", "false")),
            new ModuleShape(Pattern.compile("terraform-aws-modules/(terraform-aws-)?rds-aurora(\\.git)?(/aws)?([/?].*)?$"),
                    "aws_rds_cluster", Map.of("storage_encrypted", "true")));

    private IacModel(List<IacResource> all, List<IacFile> files) {
        this.all = all;
        this.files = files;
        List<IacBlock> blocks = new ArrayList<>(all.stream().filter(r -> r.kind().equals("resource")).map(IacBlock::of)
                .toList());
        all.stream().filter(r -> r.format().equals("terraform") && r.kind().equals("module"))
                .forEach(m -> moduleResource(m).ifPresent(blocks::add));
        this.resources = List.copyOf(blocks);
    }

    /**
     * The resource a well-known registry module creates: its inputs as attributes, its defaults filled in (cited on
     * the module line), a subnet group it creates counted as the database's placement.
     */
    private static Optional<IacBlock> moduleResource(IacResource module) {
        for (ModuleShape shape : MODULES) {
            if (!shape.source().matcher(module.type()).find()) {
                continue;
            }
            int line = module.evidence().line();
            Map<String, IacValue> body = new LinkedHashMap<>();
            shape.defaults().forEach((k, v) -> body.put(k, new IacValue.Scalar(v, IacValue.Scalar.Type.BOOL, line,
                    "default of module " + module.type())));
            body.putAll(module.body().entries());
            if (!body.containsKey("db_subnet_group_name") && module.body().get("create_db_subnet_group")
                    .filter(v -> v instanceof IacValue.Scalar s && s.bool().orElse(false)).isPresent()) {
                body.put("db_subnet_group_name", new IacValue.Expression("subnet group created by the module",
                        module.body().get("create_db_subnet_group").get().line()));
            }
            return Optional.of(new IacBlock("terraform", module.path(), line, shape.type(), "module." + module.name(),
                    new IacValue.Mapping(body, line)));
        }
        return Optional.empty();
    }

    public static IacModel of(Facts facts) {
        return new IacModel(facts.all(IacResource.class), facts.all(IacFile.class));
    }

    /** Resources (Terraform and CloudFormation resources, Kubernetes objects); not data sources or modules. */
    public List<IacBlock> resources() {
        return resources;
    }

    public List<IacBlock> resources(Predicate<String> type) {
        return resources.stream().filter(r -> type.test(r.type())).toList();
    }

    public List<IacBlock> resources(Set<String> types) {
        return resources(types::contains);
    }

    public boolean has(Set<String> types) {
        return resources.stream().anyMatch(r -> types.contains(r.type()));
    }

    /** Blocks of one format and kind: ("terraform", "backend"), ("compose", "service"), ("fly", "config"). */
    public List<IacBlock> blocks(String format, String kind) {
        return all.stream().filter(r -> r.format().equals(format) && r.kind().equals(kind)).map(IacBlock::of).toList();
    }

    /** Blocks of one format, any kind. */
    public List<IacBlock> blocks(String format) {
        return all.stream().filter(r -> r.format().equals(format)).map(IacBlock::of).toList();
    }

    public List<IacFile> files() {
        return files;
    }

    public List<IacFile> files(String format) {
        return files.stream().filter(f -> f.format().equals(format)).toList();
    }
}
