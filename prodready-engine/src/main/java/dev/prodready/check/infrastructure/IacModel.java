package dev.prodready.check.infrastructure;

import dev.prodready.fact.Facts;
import dev.prodready.fact.IacFile;
import dev.prodready.fact.IacResource;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The parsed infrastructure code of the repository: Terraform and CloudFormation resources, Kubernetes objects,
 * compose services, Dockerfile stages and platform configurations, with their attributes and lines.
 */
public final class IacModel {

    private final List<IacResource> all;
    private final List<IacBlock> resources;
    private final List<IacFile> files;

    private IacModel(List<IacResource> all, List<IacFile> files) {
        this.all = all;
        this.files = files;
        this.resources = all.stream().filter(r -> r.kind().equals("resource")).map(IacBlock::of).toList();
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
