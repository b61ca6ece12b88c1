package dev.prodready.check.infrastructure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PARTIAL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.infrastructure.FactKit.facts;
import static dev.prodready.check.infrastructure.FactKit.manifest;
import static dev.prodready.check.infrastructure.FactKit.signal;
import static dev.prodready.fact.SignalKind.CI_GITHUB_ACTIONS;
import static dev.prodready.fact.SignalKind.DEPS_LOCKFILE;
import static dev.prodready.fact.SignalKind.PLATFORM_VERCEL;

class ReproducibleDeploymentCheckTest {

    private static final String DEPLOY_SH = """
            #!/bin/sh
            npm run build
            rsync -avz --delete dist/ deploy@203.0.113.7:/var/www/shop
            """;
    private static final String CI_DEPLOY = """
            jobs:
              deploy:
                steps:
                  - uses: actions/checkout@v4
                  - run: flyctl deploy --remote-only
            """;
    private static final String CI_SSH = """
            jobs:
              deploy:
                steps:
                  - uses: appleboy/ssh-action@v1
            """;

    static Stream<Case> cases() {
        return Stream.of(
                Case.of("rsync script run by hand fails (2.rf2)", facts(Scan.file("scripts/deploy.sh", DEPLOY_SH)),
                        FAIL, "scripts/deploy.sh:3"),
                Case.of("FTP client settings fail", facts(Scan.file(".vscode/sftp.json",
                        "{\n  \"host\": \"ftp.example.com\",\n  \"protocol\": \"ftp\"\n}\n")), FAIL, ".vscode/sftp.json:2"),
                Case.of("CI deploy with a lockfile passes", facts(signal(CI_GITHUB_ACTIONS, ".github/workflows/deploy.yml"),
                                Scan.file(".github/workflows/deploy.yml", CI_DEPLOY), manifest("package.json"),
                                signal(DEPS_LOCKFILE, "package-lock.json")),
                        PASS, ".github/workflows/deploy.yml:5", "package-lock.json"),
                Case.of("CI deploy without a lockfile is partial", facts(Scan.file(".github/workflows/deploy.yml", CI_DEPLOY),
                        manifest("package.json")), PARTIAL, ".github/workflows/deploy.yml:5", "package.json"),
                Case.of("automated deploy beside a hand-run copy is partial", facts(signal(PLATFORM_VERCEL, "vercel.json"),
                        Scan.file("scripts/deploy.sh", DEPLOY_SH)), PARTIAL, "vercel.json", "scripts/deploy.sh:3"),
                Case.of("CI copying over SSH is partial", facts(Scan.file(".github/workflows/deploy.yml", CI_SSH)),
                        PARTIAL, ".github/workflows/deploy.yml:4"),
                Case.of("CI copying plus a hand-run script cites both", facts(Scan.file(".github/workflows/deploy.yml", CI_SSH),
                        Scan.file("scripts/deploy.sh", DEPLOY_SH)), PARTIAL, ".github/workflows/deploy.yml:4",
                        "scripts/deploy.sh:3"),
                Case.of("nothing shows the deploy: unknown", List.of(), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new ReproducibleDeploymentCheck());
    }
}
