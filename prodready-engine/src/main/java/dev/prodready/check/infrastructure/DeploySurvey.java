package dev.prodready.check.infrastructure;

import dev.prodready.fact.ActionKind;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.PipelineAction;
import dev.prodready.fact.PipelineStep;
import dev.prodready.fact.SignalKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How the application gets deployed, as far as the repository shows: deploy steps in parsed pipelines (and, for
 * CI files no parser reads, deploy command lines), platforms that build from the repository, and copies onto a
 * server over SSH or FTP, from CI or from scripts and settings a person runs by hand.
 *
 * @param ciDeploys       deploy (or infrastructure apply) steps in CI
 * @param ciTransfers     scp/rsync/ssh/FTP steps in CI, or scripts CI runs that do so
 * @param handTransfers   the same in scripts nothing in CI runs or in documents telling a person to run them, and
 *                        FTP client settings committed
 * @param gitPlatforms    platforms that build and deploy from the repository (Vercel, Netlify, Render, Railway)
 * @param platformConfigs any platform configuration (the above plus Fly, Heroku, Firebase, App Engine)
 */
public record DeploySurvey(List<Evidence> ciDeploys, List<Evidence> ciTransfers, List<Evidence> handTransfers,
                           List<Evidence> gitPlatforms, List<Evidence> platformConfigs) {

    public static DeploySurvey of(Facts facts) {
        Pipelines pipelines = Pipelines.of(facts);
        Set<String> parsedCi = pipelines.decidedPaths();
        facts.all(PipelineStep.class).forEach(s -> parsedCi.add(s.evidence().path()));
        List<String> ciRuns = facts.all(PipelineStep.class).stream().map(PipelineStep::run).toList();

        List<Evidence> ciDeploys = new ArrayList<>();
        for (PipelineAction a : pipelines.actions(ActionKind.DEPLOY, ActionKind.INFRA_APPLY)) {
            String env = pipelines.environmentOf(a);
            ciDeploys.add(a.evidence().withNote("deploy step: " + a.tool() + " in job " + a.job()
                    + (env.isEmpty() ? "" : ", environment " + env)));
        }
        for (ContentMatch m : Matches.of(facts, "ci.deploy-command")) {
            if (Platforms.isCiPath(facts, m.evidence().path()) && !parsedCi.contains(m.evidence().path())) {
                ciDeploys.add(m.evidence().withNote("deploy step in CI"));
            }
        }
        List<Evidence> ciTransfers = new ArrayList<>();
        for (PipelineAction a : pipelines.actions(ActionKind.REMOTE_COPY)) {
            ciTransfers.add(a.evidence().withNote("CI step copying files to a server: " + a.tool()));
        }
        List<Evidence> hand = new ArrayList<>();
        for (ContentMatch m : Matches.of(facts, List.of("deploy.remote-copy", "deploy.ftp"))) {
            String path = m.evidence().path();
            if (parsedCi.contains(path)) {
                continue;
            }
            if (Platforms.isCiPath(facts, path)) {
                ciTransfers.add(m.evidence().withNote("CI step copying files to a server"));
            } else if (runByCi(path, ciRuns, pipelines)) {
                ciTransfers.add(m.evidence().withNote("script run by CI copies files to a server"));
            } else {
                hand.add(m.evidence().withNote("copies files to a server from a script run by hand"));
            }
        }
        for (ContentMatch m : Matches.of(facts, "deploy.manual-doc")) {
            hand.add(m.evidence().withNote("documentation tells a person to copy files to the server by hand"));
        }
        Matches.of(facts, "deploy.ftp-client-config").stream()
                .filter(m -> hand.stream().noneMatch(h -> h.path().equals(m.evidence().path())))
                .forEach(m -> hand.add(m.evidence().withNote("FTP/SFTP client settings for uploading files by hand")));
        List<Evidence> git = Platforms.configured(facts, SignalKind.PLATFORM_VERCEL, SignalKind.PLATFORM_NETLIFY,
                SignalKind.PLATFORM_RENDER, SignalKind.PLATFORM_RAILWAY);
        List<Evidence> configs = Platforms.configured(facts, SignalKind.PLATFORM_VERCEL, SignalKind.PLATFORM_NETLIFY,
                SignalKind.PLATFORM_RENDER, SignalKind.PLATFORM_RAILWAY, SignalKind.PLATFORM_FLY,
                SignalKind.PLATFORM_HEROKU, SignalKind.PLATFORM_FIREBASE, SignalKind.PLATFORM_APP_ENGINE);
        return new DeploySurvey(dedupe(ciDeploys), dedupe(ciTransfers), dedupe(hand), git, configs);
    }

    /** A script that a pipeline step calls by name, or a package script a recognised CI step expanded. */
    private static boolean runByCi(String path, List<String> ciRuns, Pipelines pipelines) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.equals("package.json")) {
            return pipelines.actions(ActionKind.REMOTE_COPY).stream().anyMatch(a -> a.tool().contains("script '"));
        }
        return ciRuns.stream().anyMatch(r -> r.contains(name));
    }

    private static List<Evidence> dedupe(List<Evidence> evidence) {
        Set<String> seen = new java.util.HashSet<>();
        return evidence.stream().filter(e -> seen.add(e.location())).toList();
    }

    /** A deploy runs without a person copying files: a CI deploy step or a platform building from git. */
    public boolean automated() {
        return !ciDeploys.isEmpty() || !gitPlatforms.isEmpty();
    }

    /** Files reach the server only by a person running a copy (scp/rsync/FTP) by hand. */
    public boolean onlyByHand() {
        return !handTransfers.isEmpty() && !automated() && ciTransfers.isEmpty();
    }

    public List<Evidence> handEvidence() {
        return handTransfers.stream().limit(5).toList();
    }
}
