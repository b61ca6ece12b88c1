package dev.prodready.check.infrastructure;

import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.SignalKind;

import java.util.ArrayList;
import java.util.List;

/**
 * How the application gets deployed, as far as the repository shows: deploy steps in CI, platforms that
 * build from the repository, and copies onto a server over SSH or FTP (from CI or from scripts run by hand).
 *
 * @param ciDeploys       deploy commands or actions in CI files
 * @param ciTransfers     scp/rsync/ssh/FTP steps in CI files: automated, but they change a server in place
 * @param handTransfers   the same in scripts run from a laptop, and FTP client settings committed
 * @param gitPlatforms    platforms that build and deploy from the repository (Vercel, Netlify, Render, Railway)
 * @param platformConfigs any platform configuration (the above plus Fly, Heroku, Firebase, App Engine)
 */
public record DeploySurvey(List<ContentMatch> ciDeploys, List<ContentMatch> ciTransfers,
                           List<ContentMatch> handTransfers, List<FileSignal> gitPlatforms,
                           List<FileSignal> platformConfigs) {

    public static DeploySurvey of(Facts facts) {
        List<ContentMatch> ciTransfers = new ArrayList<>();
        List<ContentMatch> hand = new ArrayList<>();
        for (ContentMatch m : Matches.of(facts, List.of("deploy.remote-copy", "deploy.ftp"))) {
            (Platforms.isCiPath(facts, m.evidence().path()) ? ciTransfers : hand).add(m);
        }
        hand.addAll(Matches.of(facts, "deploy.ftp-client-config").stream()
                .filter(m -> hand.stream().noneMatch(h -> h.evidence().path().equals(m.evidence().path())))
                .toList());
        List<ContentMatch> ciDeploys = Matches.of(facts, "ci.deploy-command").stream()
                .filter(m -> Platforms.isCiPath(facts, m.evidence().path())).toList();
        List<FileSignal> git = Platforms.signals(facts, SignalKind.PLATFORM_VERCEL, SignalKind.PLATFORM_NETLIFY,
                SignalKind.PLATFORM_RENDER, SignalKind.PLATFORM_RAILWAY);
        List<FileSignal> configs = Platforms.signals(facts, SignalKind.PLATFORM_VERCEL, SignalKind.PLATFORM_NETLIFY,
                SignalKind.PLATFORM_RENDER, SignalKind.PLATFORM_RAILWAY, SignalKind.PLATFORM_FLY,
                SignalKind.PLATFORM_HEROKU, SignalKind.PLATFORM_FIREBASE, SignalKind.PLATFORM_APP_ENGINE);
        return new DeploySurvey(ciDeploys, ciTransfers, hand, git, configs);
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
        return Matches.cite(handTransfers, 5, m -> m.pattern().equals("deploy.ftp-client-config")
                ? "FTP/SFTP client settings for uploading files by hand"
                : "copies files to a server from a script run by hand");
    }
}
