package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.SignalKind;

import java.util.List;
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

    @Override
    public String itemId() {
        return "iac.defined";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        List<FileSignal> iac = Platforms.signals(context.facts(), IAC);
        if (!iac.isEmpty()) {
            return Outcome.pass("infrastructure described as code: " + kinds(iac),
                    iac.stream().limit(5).map(s -> s.evidence().withNote(s.kind().id())).toList());
        }
        List<FileSignal> platform = Platforms.signals(context.facts(), PLATFORM_ONLY);
        if (!platform.isEmpty()) {
            return Outcome.partial("only platform configuration (" + kinds(platform) + "); settings made in the "
                            + "providers' dashboards (databases, domains, secrets, regions) are not in code",
                    platform.stream().limit(5).map(s -> s.evidence().withNote(s.kind().id()
                            + ": describes the app's build, not its infrastructure")).toList());
        }
        return Outcome.fail("no infrastructure code in the repository",
                Searched.repository("Terraform, OpenTofu, Pulumi, CloudFormation, CDK, Kubernetes, Helm, Serverless "
                        + "or Render blueprint files"));
    }

    private static String kinds(List<FileSignal> signals) {
        return signals.stream().map(s -> s.kind().id()).distinct().sorted().collect(Collectors.joining(", "));
    }
}
