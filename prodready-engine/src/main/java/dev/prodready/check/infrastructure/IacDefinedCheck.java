package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.IacFile;
import dev.prodready.fact.SignalKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** iac.defined: the infrastructure is described in code (Terraform, Pulumi, CloudFormation, ...). */
public final class IacDefinedCheck implements Check {

    static final SignalKind[] IAC = {SignalKind.IAC_TERRAFORM, SignalKind.IAC_PULUMI, SignalKind.IAC_CLOUDFORMATION,
            SignalKind.IAC_CDK, SignalKind.IAC_KUBERNETES, SignalKind.IAC_HELM, SignalKind.IAC_SERVERLESS,
            SignalKind.PLATFORM_RENDER};
    static final SignalKind[] PLATFORM_ONLY = {SignalKind.PLATFORM_VERCEL, SignalKind.PLATFORM_NETLIFY,
            SignalKind.PLATFORM_FLY, SignalKind.PLATFORM_RAILWAY, SignalKind.PLATFORM_HEROKU,
            SignalKind.PLATFORM_FIREBASE, SignalKind.PLATFORM_SUPABASE, SignalKind.PLATFORM_APP_ENGINE,
            SignalKind.CONTAINER_COMPOSE};
    /** Parsed formats that describe infrastructure, and those that only configure a platform's build. */
    static final Set<String> IAC_FORMATS = Set.of("terraform", "cloudformation", "pulumi", "cdk", "kubernetes", "helm",
            "serverless", "render");
    static final Set<String> PLATFORM_FORMATS = Set.of("vercel", "netlify", "fly", "railway", "supabase", "compose");

    @Override
    public String itemId() {
        return "iac.defined";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Map<String, Evidence> iac = new LinkedHashMap<>();
        parsedIac(context.facts()).forEach(f -> iac.putIfAbsent(f.path(), f.evidence().withNote(f.format()
                + (f.blocks() > 0 ? ", " + f.blocks() + " blocks" : ""))));
        Platforms.signals(context.facts(), IAC).forEach(s -> iac.putIfAbsent(s.evidence().path(),
                s.evidence().withNote(s.kind().id())));
        if (!iac.isEmpty()) {
            return Outcome.pass("infrastructure described as code: " + kinds(iac.values()),
                    iac.values().stream().limit(5).toList());
        }
        Map<String, Evidence> platform = new LinkedHashMap<>();
        context.facts().all(IacFile.class, f -> PLATFORM_FORMATS.contains(f.format()))
                .forEach(f -> platform.putIfAbsent(f.path(), f.evidence().withNote(f.format())));
        Platforms.signals(context.facts(), PLATFORM_ONLY).forEach(s -> platform.putIfAbsent(s.evidence().path(),
                s.evidence().withNote(s.kind().id())));
        if (!platform.isEmpty()) {
            return Outcome.partial("only platform configuration (" + kinds(platform.values()) + "); settings made in "
                            + "the providers' dashboards (databases, domains, secrets, regions) are not in code",
                    platform.values().stream().limit(5).map(e -> e.withNote(e.note()
                            + ": describes the app's build, not its infrastructure")).toList());
        }
        return Outcome.fail("no infrastructure code in the repository",
                Searched.repository("Terraform, OpenTofu, Pulumi, CloudFormation, CDK, Kubernetes, Helm, Serverless "
                        + "or Render blueprint files"));
    }

    /** Parsed infrastructure files (not Terraform state, not platform build settings). */
    static List<IacFile> parsedIac(Facts facts) {
        return new ArrayList<>(facts.all(IacFile.class, f -> IAC_FORMATS.contains(f.format())));
    }

    private static String kinds(java.util.Collection<Evidence> evidence) {
        return evidence.stream().map(e -> e.note().replaceFirst(",.*$", "")).distinct().sorted()
                .collect(Collectors.joining(", "));
    }

    static List<FileSignal> signals(Facts facts) {
        return Platforms.signals(facts, IAC);
    }
}
