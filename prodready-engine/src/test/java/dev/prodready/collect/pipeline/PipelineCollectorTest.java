package dev.prodready.collect.pipeline;

import dev.prodready.collect.iac.Parsed;
import dev.prodready.fact.ActionKind;
import dev.prodready.fact.PipelineAction;
import dev.prodready.fact.PipelineFile;
import dev.prodready.fact.PipelineJob;
import dev.prodready.fact.PipelineTrigger;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PipelineCollectorTest {

    private static final String GITHUB = """
            name: ci
            on:
              push:
                branches: [main]
                tags: ["v*"]
              pull_request:
              schedule:
                - cron: "0 3 * * *"
              workflow_dispatch:
                inputs:
                  version:
                    description: release to deploy
            jobs:
              test:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4
                  - run: npm ci
                  - run: |
                      npm run lint
                      npm test
                  - uses: github/codeql-action/analyze@v3
                  - run: npm audit --audit-level=high
                    continue-on-error: true
              deploy:
                needs: [test]
                environment:
                  name: production
                  url: https://example.com
                steps:
                  - run: npx prisma migrate deploy
                  - run: npx vercel deploy --prebuilt --prod
                  - uses: ./.github/actions/notify
            """;

    @Test
    void githubTriggersJobsAndRecognisedSteps() {
        Parsed.Result r = Parsed.files(".github/workflows/ci.yml", GITHUB,
                ".github/actions/notify/action.yml", """
                        runs:
                          using: composite
                          steps:
                            - run: npx sentry-cli sourcemaps upload --release $SHA dist
                              shell: bash
                        """,
                "package.json", "{\"scripts\": {\"test\": \"vitest run\", \"lint\": \"eslint .\"}}");
        assertThat(r.all(PipelineFile.class)).singleElement().satisfies(f -> assertThat(f.platform()).isEqualTo("github-actions"));
        assertThat(r.all(PipelineTrigger.class)).extracting(PipelineTrigger::event)
                .containsExactlyInAnyOrder("tag", "push", "pull-request", "schedule", "manual");
        assertThat(r.all(PipelineTrigger.class)).filteredOn(t -> t.event().equals("manual")).singleElement()
                .satisfies(t -> assertThat(t.inputs()).containsExactly("version"));
        assertThat(r.all(PipelineJob.class)).filteredOn(j -> j.id().equals("deploy")).singleElement().satisfies(j -> {
            assertThat(j.environment()).isEqualTo("production");
            assertThat(j.needs()).containsExactly("test");
        });
        assertThat(action(r, ActionKind.TEST)).satisfies(a -> {
            assertThat(a.evidence().location()).isEqualTo(".github/workflows/ci.yml:21");
            assertThat(a.tool()).contains("vitest").contains("npm script 'test'");
        });
        assertThat(action(r, ActionKind.LINT).evidence().line()).isEqualTo(20);
        assertThat(action(r, ActionKind.SAST).evidence().line()).isEqualTo(22);
        assertThat(action(r, ActionKind.DEPENDENCY_SCAN).ignoredFailure()).isTrue();
        assertThat(action(r, ActionKind.MIGRATION).job()).isEqualTo("deploy");
        assertThat(action(r, ActionKind.DEPLOY).evidence().line()).isEqualTo(32);
        assertThat(action(r, ActionKind.SOURCE_MAP_UPLOAD).evidence().path()).isEqualTo(".github/actions/notify/action.yml");
    }

    @Test
    void theNpmStubTestScriptIsNotATestRun() {
        Parsed.Result r = Parsed.files(".github/workflows/ci.yml", """
                on: [push]
                jobs:
                  build:
                    steps:
                      - run: npm test
                      - run: npm run build
                """, "package.json", """
                {"scripts": {"test": "echo \\"Error: no test specified\\" && exit 1", "build": "next build"}}
                """);
        assertThat(r.all(PipelineAction.class)).extracting(PipelineAction::kind).containsExactly(ActionKind.BUILD);
    }

    @Test
    void repositoryScriptsAreJudgedByTheirCommands() {
        Parsed.Result r = Parsed.files(".github/workflows/ci.yml", """
                on: push
                jobs:
                  t:
                    steps:
                      - run: sudo -E bash .ci/run
                      - run: ./deploy.sh production
                """, ".ci/run", "#!/usr/bin/env bash\nset -e\n./mvnw -B -ntp verify\n",
                "deploy.sh", "#!/bin/sh\n# ship it\nrsync -az target/app.jar app@203.0.113.4:/srv/\n");
        assertThat(action(r, ActionKind.TEST)).satisfies(a -> {
            assertThat(a.evidence().location()).isEqualTo(".github/workflows/ci.yml:5");
            assertThat(a.tool()).contains("script .ci/run");
        });
        assertThat(action(r, ActionKind.REMOTE_COPY).evidence().line()).isEqualTo(6);
    }

    @Test
    void gitlabJobsRulesTemplatesAndIncludes() {
        Parsed.Result r = Parsed.files(".gitlab-ci.yml", """
                include:
                  - template: Security/SAST.gitlab-ci.yml
                  - local: ci/deploy.yml
                variables:
                  VERSION:
                    value: ""
                    description: version to redeploy
                .node: &node
                  image: node:20
                  before_script:
                    - npm ci
                test:
                  extends: .node
                  script:
                    - npm test
                  allow_failure: true
                release:
                  script: ./release.sh
                  rules:
                    - if: $CI_COMMIT_TAG
                """, "ci/deploy.yml", """
                deploy_prod:
                  stage: deploy
                  environment:
                    name: production
                  when: manual
                  script:
                    - flyctl deploy --remote-only
                """);
        assertThat(r.all(PipelineTrigger.class)).anySatisfy(t -> {
            assertThat(t.event()).isEqualTo("push");
            assertThat(t.implicit()).isTrue();
        });
        assertThat(r.all(PipelineTrigger.class)).anySatisfy(t -> {
            assertThat(t.event()).isEqualTo("manual");
            assertThat(t.inputs()).containsExactly("VERSION");
        });
        assertThat(r.all(PipelineTrigger.class)).anySatisfy(t -> {
            assertThat(t.job()).isEqualTo("release");
            assertThat(t.event()).isEqualTo("tag");
        });
        assertThat(action(r, ActionKind.TEST)).satisfies(a -> {
            assertThat(a.ignoredFailure()).isTrue();
            assertThat(a.evidence().location()).isEqualTo(".gitlab-ci.yml:15");
        });
        assertThat(action(r, ActionKind.SAST).evidence().location()).isEqualTo(".gitlab-ci.yml:2");
        assertThat(r.all(PipelineJob.class)).filteredOn(j -> j.id().equals("deploy_prod")).singleElement().satisfies(j -> {
            assertThat(j.manual()).isTrue();
            assertThat(j.environment()).isEqualTo("production");
            assertThat(j.evidence().path()).isEqualTo("ci/deploy.yml");
        });
        assertThat(action(r, ActionKind.DEPLOY).evidence().location()).isEqualTo("ci/deploy.yml:7");
        assertThat(r.all(PipelineJob.class)).noneMatch(j -> j.id().startsWith("."));
    }

    @Test
    void circleciApprovalsFiltersOrbsAndCommands() {
        Parsed.Result r = Parsed.files(".circleci/config.yml", """
                version: 2.1
                orbs:
                  node: circleci/node@5
                commands:
                  migrate:
                    steps:
                      - run: npx prisma migrate deploy
                jobs:
                  test:
                    docker: [{image: cimg/node:20.11}]
                    steps:
                      - checkout
                      - node/install-packages
                      - run:
                          name: tests
                          command: npx jest --ci
                  deploy:
                    docker: [{image: cimg/base:stable}]
                    steps:
                      - migrate
                      - heroku/deploy-via-git
                workflows:
                  main:
                    jobs:
                      - test
                      - hold:
                          type: approval
                          requires: [test]
                      - deploy:
                          requires: [hold]
                          context: production
                          filters:
                            branches:
                              only: main
                  nightly:
                    triggers:
                      - schedule:
                          cron: "0 2 * * *"
                          filters: {branches: {only: [main]}}
                    jobs: [test]
                """);
        assertThat(r.all(PipelineJob.class)).filteredOn(j -> j.id().equals("deploy")).singleElement().satisfies(j -> {
            assertThat(j.manual()).isTrue();
            assertThat(j.environment()).isEqualTo("production");
        });
        assertThat(action(r, ActionKind.TEST).evidence().line()).isEqualTo(16);
        assertThat(action(r, ActionKind.MIGRATION).evidence().line()).isEqualTo(7);
        assertThat(action(r, ActionKind.DEPLOY).tool()).contains("heroku/deploy-via-git");
        assertThat(r.all(PipelineTrigger.class)).extracting(PipelineTrigger::event).contains("push", "schedule");
    }

    @Test
    void bitbucketSectionsDeploymentsAndPipes() {
        Parsed.Result r = Parsed.files("bitbucket-pipelines.yml", """
                image: node:20
                definitions:
                  steps:
                    - step: &test
                        name: Test
                        script:
                          - npm ci
                          - npm test
                pipelines:
                  pull-requests:
                    '**':
                      - step: *test
                  branches:
                    main:
                      - step: *test
                      - step:
                          name: Deploy
                          deployment: production
                          trigger: manual
                          script:
                            - pipe: atlassian/ssh-run:0.8.0
                              variables:
                                SSH_USER: deploy
                  custom:
                    rollback:
                      - variables:
                          - name: VERSION
                      - step:
                          name: Redeploy
                          script:
                            - ./deploy.sh $VERSION
                """);
        assertThat(r.all(PipelineJob.class)).filteredOn(j -> j.environment().equals("production")).singleElement()
                .satisfies(j -> assertThat(j.manual()).isTrue());
        assertThat(r.all(PipelineTrigger.class)).anySatisfy(t -> {
            assertThat(t.event()).isEqualTo("manual");
            assertThat(t.inputs()).containsExactly("VERSION");
        });
        assertThat(r.all(PipelineTrigger.class)).anySatisfy(t -> assertThat(t.event()).isEqualTo("pull-request"));
        assertThat(r.all(PipelineAction.class)).filteredOn(a -> a.kind() == ActionKind.TEST).isNotEmpty()
                .allSatisfy(a -> assertThat(a.evidence().line()).isEqualTo(8));
        assertThat(action(r, ActionKind.REMOTE_COPY).evidence().line()).isEqualTo(21);
    }

    @Test
    void azureDeploymentJobsStrategiesAndTasks() {
        Parsed.Result r = Parsed.files("azure-pipelines.yml", """
                trigger:
                  branches:
                    include: [main]
                pr: none
                parameters:
                  - name: imageTag
                    type: string
                    default: latest
                stages:
                  - stage: build
                    jobs:
                      - job: test
                        steps:
                          - script: dotnet test --no-build
                  - stage: release
                    jobs:
                      - deployment: deploy_prod
                        dependsOn: []
                        environment: production
                        strategy:
                          runOnce:
                            deploy:
                              steps:
                                - task: AzureWebApp@1
                                  inputs:
                                    appName: acme
                """);
        assertThat(r.all(PipelineTrigger.class)).extracting(PipelineTrigger::event).containsExactlyInAnyOrder("push", "manual");
        assertThat(r.all(PipelineJob.class)).filteredOn(j -> j.id().equals("deploy_prod")).singleElement()
                .satisfies(j -> assertThat(j.environment()).isEqualTo("production"));
        assertThat(action(r, ActionKind.TEST).evidence().line()).isEqualTo(14);
        assertThat(action(r, ActionKind.DEPLOY).evidence().line()).isEqualTo(24);
    }

    @Test
    void onlyTheLocationsEachPlatformReadsAreTaken() {
        Parsed.Result r = Parsed.files("docs/examples/.github/workflows/ci.yml", GITHUB,
                "src/test/resources/.gitlab-ci.yml", "test:\n  script: npm test\n");
        assertThat(r.all(PipelineFile.class)).isEmpty();
    }

    @Test
    void malformedYamlIsANote() {
        Parsed.Result r = Parsed.files(".github/workflows/broken.yml", "on: [push\njobs: {");
        assertThat(r.all(PipelineFile.class)).singleElement().satisfies(f -> assertThat(f.parsed()).isFalse());
        assertThat(r.notes()).anySatisfy(n -> assertThat(n.path()).isEqualTo(".github/workflows/broken.yml"));
    }

    private static PipelineAction action(Parsed.Result r, ActionKind kind) {
        List<PipelineAction> found = r.all(PipelineAction.class).stream().filter(a -> a.kind() == kind).toList();
        assertThat(found).as(kind.id()).isNotEmpty();
        return found.get(0);
    }
}
