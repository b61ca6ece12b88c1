package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PARTIAL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.infrastructure.FactKit.facts;

/** Pipeline semantics the parsed facts make decidable: which triggers start which tests and deploys. */
class ParsedPipelineChecksTest {

    private static final String STUB = "{\"scripts\": {\"test\": \"echo \\\"Error: no test specified\\\" && exit 1\"}}";

    static Stream<Arguments> cases() {
        return Stream.of(
                row(new TestsInCiCheck(), Case.of("the npm stub test script is not a test run", facts(Scan.files(
                        ".github/workflows/ci.yml", "on: push\njobs:\n  b:\n    steps:\n      - run: npm test\n      - run: npm run lint\n",
                        "package.json", STUB)), FAIL, ".github/workflows/ci.yml")),
                row(new TestsInCiCheck(), Case.of("ignored test failures are partial", facts(Scan.file(".github/workflows/ci.yml",
                        "on: push\njobs:\n  t:\n    steps:\n      - run: pytest\n        continue-on-error: true\n")),
                        PARTIAL, ".github/workflows/ci.yml:5")),
                row(new TestsInCiCheck(), Case.of("tests on a schedule only are partial", facts(Scan.file(".github/workflows/n.yml",
                        "on:\n  schedule:\n    - cron: '0 2 * * *'\njobs:\n  t:\n    steps:\n      - run: go test ./...\n")),
                        PARTIAL, ".github/workflows/n.yml:7")),
                row(new TestsInCiCheck(), Case.of("a reusable workflow runs on its caller's triggers", facts(Scan.files(
                        ".github/workflows/ci.yml", "on: [pull_request]\njobs:\n  test:\n    uses: ./.github/workflows/t.yml\n",
                        ".github/workflows/t.yml", "on: workflow_call\njobs:\n  go:\n    steps:\n      - run: go test ./...\n")),
                        PASS, ".github/workflows/t.yml:5")),
                row(new TestsInCiCheck(), Case.of("GitLab allow_failure is partial", facts(Scan.file(".gitlab-ci.yml",
                        "test:\n  allow_failure: true\n  script:\n    - npx jest\n")), PARTIAL, ".gitlab-ci.yml:4")),
                row(new TestsInCiCheck(), Case.of("an unreadable pipeline is unknown", facts(Scan.file(".github/workflows/ci.yml",
                        "on: [push\njobs: {")), UNKNOWN, ".github/workflows/ci.yml")),
                row(new DeployPipelineCheck(), Case.of("a pipeline started only by hand is partial", facts(Scan.file(
                        ".github/workflows/release.yml", "on: workflow_dispatch\njobs:\n  d:\n    steps:\n      - run: fly deploy\n")),
                        PARTIAL, ".github/workflows/release.yml")),
                row(new DeployPipelineCheck(), Case.of("push-triggered CI with a deploy step passes", facts(Scan.file(
                        ".github/workflows/ci.yml", "on: push\njobs:\n  d:\n    environment: production\n    steps:\n"
                                + "      - run: npx vercel deploy --prod\n")),
                        PASS, ".github/workflows/ci.yml:1", ".github/workflows/ci.yml:6")),
                row(new RollbackCheck(), Case.of("a deploy workflow taking a version input is a way back", facts(Scan.file(
                        ".github/workflows/deploy.yml", "on:\n  workflow_dispatch:\n    inputs:\n      version:\n"
                                + "        required: true\njobs:\n  d:\n    steps:\n      - run: kubectl set image deploy/web web=app:${{ inputs.version }}\n")),
                        PARTIAL, ".github/workflows/deploy.yml:2")),
                row(new RollbackCheck(), Case.of("a rollback command in CI is a way back", facts(Scan.file(".gitlab-ci.yml",
                        "rollback:\n  when: manual\n  script:\n    - helm rollback web\n")), PARTIAL, ".gitlab-ci.yml:4")),
                row(new ReproducibleDeploymentCheck(), Case.of("a floating base image is partial", facts(Scan.files(
                        ".github/workflows/d.yml", "on: push\njobs:\n  d:\n    steps:\n      - run: flyctl deploy\n",
                        "Dockerfile", "FROM node:latest\nCMD [\"node\", \"s.js\"]\n")), PARTIAL, "Dockerfile:1")),
                row(new ReproducibleDeploymentCheck(), Case.of("an rsync script that CI runs is not a hand deploy",
                        facts(Scan.files(".github/workflows/d.yml", "on: push\njobs:\n  d:\n    steps:\n      - run: ./scripts/ship.sh\n",
                                "scripts/ship.sh", "#!/bin/sh\nrsync -az dist/ web@203.0.113.9:/srv/app\n")),
                        PARTIAL, ".github/workflows/d.yml:5")),
                row(new EnvironmentsSeparatedCheck(), Case.of("environments from a matrix pass", facts(Scan.file(
                        ".github/workflows/d.yml", "on: push\njobs:\n  d:\n    strategy:\n      matrix:\n        env: [staging, production]\n"
                                + "    environment: ${{ matrix.env }}\n    steps:\n      - run: make deploy\n")),
                        PASS, ".github/workflows/d.yml:7")),
                row(new EnvironmentsSeparatedCheck(), Case.of("GitLab review apps beside production pass", facts(Scan.file(
                        ".gitlab-ci.yml", "review:\n  environment:\n    name: review/$CI_COMMIT_REF_SLUG\n  script: [make review]\n"
                                + "prod:\n  environment: production\n  script: [make deploy]\n")),
                        PASS, ".gitlab-ci.yml:3", ".gitlab-ci.yml:6")));
    }

    private static Arguments row(Check check, Case c) {
        return Arguments.of(check.itemId() + ": " + c.name(), check, c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(String name, Check check, Case c) {
        c.verify(check);
    }
}
