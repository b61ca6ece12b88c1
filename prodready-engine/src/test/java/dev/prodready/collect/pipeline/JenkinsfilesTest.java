package dev.prodready.collect.pipeline;

import dev.prodready.collect.iac.Parsed;
import dev.prodready.fact.ActionKind;
import dev.prodready.fact.PipelineAction;
import dev.prodready.fact.PipelineFile;
import dev.prodready.fact.PipelineJob;
import dev.prodready.fact.PipelineStep;
import dev.prodready.fact.PipelineTrigger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JenkinsfilesTest {

    private static final String DECLARATIVE = """
            @Library('shared') _
            pipeline {
              agent { docker { image 'node:20' } }
              options { timeout(time: 30, unit: 'MINUTES') }
              triggers {
                cron('H 2 * * *')   // nightly
              }
              parameters {
                string(name: 'VERSION', defaultValue: '', description: "release to deploy")
              }
              environment { REGISTRY = "registry.example.com/${env.JOB_NAME}" }
              stages {
                stage('Test') {
                  steps {
                    sh 'npm ci'
                    sh \"\"\"
                      npm test
                      npx gitleaks detect --redact
                    \"\"\"
                  }
                }
                stage('Checks') {
                  parallel {
                    stage('Lint') { steps { sh(script: 'npm run lint', returnStatus: true) } }
                    stage('Audit') { steps { catchError(buildResult: 'SUCCESS') { sh 'npm audit' } } }
                  }
                }
                stage('Deploy to production') {
                  when { branch 'main' }
                  input { message 'Ship it?' }
                  steps {
                    dir('deploy') {
                      sh "helm upgrade --install web ./chart --set image.tag=${params.VERSION}"
                    }
                  }
                  post { failure { sh 'helm rollback web' } }
                }
              }
              post { always { junit 'reports/*.xml' } }
            }
            """;

    @Test
    void declarativeStagesBecomeJobsWithStepsAtTheirLines() {
        Parsed.Result r = Parsed.files("Jenkinsfile", DECLARATIVE, "package.json",
                "{\"scripts\": {\"test\": \"jest\", \"lint\": \"eslint .\"}}");
        assertThat(r.notes()).isEmpty();
        assertThat(r.all(PipelineFile.class)).singleElement().satisfies(f -> {
            assertThat(f.platform()).isEqualTo("jenkins");
            assertThat(f.parsed()).isTrue();
        });
        assertThat(r.all(PipelineTrigger.class)).filteredOn(t -> t.job().isEmpty())
                .extracting(PipelineTrigger::event).containsExactlyInAnyOrder("push", "schedule", "manual");
        assertThat(r.all(PipelineTrigger.class)).filteredOn(PipelineTrigger::implicit).singleElement()
                .satisfies(t -> assertThat(t.evidence().note()).contains("multibranch"));
        assertThat(r.all(PipelineTrigger.class)).filteredOn(t -> t.event().equals("manual")).singleElement()
                .satisfies(t -> assertThat(t.inputs()).containsExactly("VERSION"));
        assertThat(r.all(PipelineJob.class)).extracting(PipelineJob::id)
                .containsExactly("Test", "Lint", "Audit", "Deploy to production", "post");
        assertThat(r.all(PipelineJob.class)).filteredOn(j -> j.id().equals("Deploy to production")).singleElement()
                .satisfies(j -> {
                    assertThat(j.manual()).isTrue();
                    assertThat(j.environment()).isEqualTo("production");
                });
        assertThat(r.all(PipelineTrigger.class)).filteredOn(t -> t.job().equals("Deploy to production")).singleElement()
                .satisfies(t -> assertThat(t.filters()).containsExactly("main"));
        assertThat(action(r, ActionKind.TEST).evidence().location()).isEqualTo("Jenkinsfile:17");
        assertThat(action(r, ActionKind.SECRET_SCAN).evidence().line()).isEqualTo(18);
        assertThat(action(r, ActionKind.LINT).ignoredFailure()).isTrue();
        assertThat(action(r, ActionKind.DEPENDENCY_SCAN).ignoredFailure()).isTrue();
        assertThat(action(r, ActionKind.DEPLOY).evidence().line()).isEqualTo(33);
        assertThat(action(r, ActionKind.ROLLBACK).job()).isEqualTo("Deploy to production");
        assertThat(r.all(PipelineStep.class)).filteredOn(s -> s.run().startsWith("helm upgrade")).singleElement()
                .satisfies(s -> assertThat(s.run()).contains("${params.VERSION}"));
    }

    @Test
    void scriptedStagesTriggersAndAnApprovalThatGatesLaterStages() {
        Parsed.Result r = Parsed.files("ci/release.jenkinsfile", """
                properties([
                  pipelineTriggers([cron('H H * * 0')]),
                  parameters([choice(name: 'TARGET', choices: ['staging', 'production'])])
                ])
                node('linux') {
                  checkout scm
                  stage('Build') {
                    sh './gradlew build'
                  }
                  stage('Approve') {
                    input message: 'Deploy?'
                  }
                  stage('Deploy') {
                    try {
                      sh "scp build/libs/app.jar deploy@203.0.113.7:/srv/app/"
                    } catch (err) {
                      echo "failed: ${err}"
                    }
                  }
                }
                """);
        assertThat(r.notes()).isEmpty();
        assertThat(r.all(PipelineTrigger.class)).extracting(PipelineTrigger::event)
                .containsExactlyInAnyOrder("push", "schedule", "manual");
        assertThat(r.all(PipelineJob.class)).extracting(PipelineJob::id).containsExactly("Build", "Approve", "Deploy");
        assertThat(r.all(PipelineJob.class)).filteredOn(j -> j.id().equals("Deploy")).singleElement()
                .satisfies(j -> assertThat(j.manual()).isTrue());
        assertThat(r.all(PipelineJob.class)).filteredOn(j -> j.id().equals("Build")).singleElement()
                .satisfies(j -> assertThat(j.manual()).isFalse());
        assertThat(action(r, ActionKind.REMOTE_COPY).evidence().location()).isEqualTo("ci/release.jenkinsfile:15");
        assertThat(action(r, ActionKind.TEST).evidence().line()).isEqualTo(8);
    }

    @Test
    void pluginStepsAreClassifiedByWhatTheyDo() {
        Parsed.Result r = Parsed.files("Jenkinsfile", """
                pipeline {
                  agent any
                  stages {
                    stage('Verify') {
                      steps {
                        sh './mvnw -B package -DskipTests'
                        junit 'target/surefire-reports/*.xml'
                        dependencyCheck additionalArguments: '--format XML', odcInstallation: 'dc'
                        dependencyCheckPublisher pattern: 'dependency-check-report.xml', failedTotalCritical: 1
                        recordIssues(tools: [spotBugs(pattern: 'target/spotbugsXml.xml'), checkStyle()])
                        withSonarQubeEnv('sonar') {
                          sh './mvnw -B sonar:sonar'
                        }
                        waitForQualityGate abortPipeline: true
                        snykSecurity snykInstallation: 'snyk', snykTokenId: 'snyk-token'
                        archiveArtifacts artifacts: 'target/*.jar', fingerprint: true
                      }
                    }
                    stage('Deploy') {
                      steps {
                        input message: 'Deploy to production?'
                        kubernetesDeploy(configs: 'k8s/*.yaml', kubeconfigId: 'prod-kubeconfig')
                        sshPublisher(publishers: [sshPublisherDesc(configName: 'web', transfers: [sshTransfer(sourceFiles: 'dist/**')])])
                        sshagent(['deploy-key']) {
                          sh 'rsync -az dist/ deploy@203.0.113.9:/srv/www/'
                        }
                      }
                    }
                  }
                }
                """);
        assertThat(r.notes()).isEmpty();
        assertThat(r.all(PipelineAction.class)).extracting(a -> a.kind() + "@" + a.evidence().line()).contains(
                "TEST@7", "DEPENDENCY_SCAN@8", "DEPENDENCY_SCAN@9", "SAST@10", "LINT@10", "SAST@12", "SAST@14",
                "DEPENDENCY_SCAN@15", "DEPLOY@22", "REMOTE_COPY@23", "REMOTE_COPY@25");
        assertThat(r.all(PipelineAction.class)).noneMatch(a -> a.evidence().line() == 16);
        assertThat(r.all(PipelineJob.class)).filteredOn(j -> j.id().equals("Deploy")).singleElement()
                .satisfies(j -> assertThat(j.manual()).isTrue());
    }

    @Test
    void malformedJenkinsfileIsANoteAndAnUnreadFile() {
        Parsed.Result r = Parsed.files("Jenkinsfile", """
                pipeline {
                  stages {
                    stage('Build') {
                      steps { sh 'make }
                    }
                  }
                }
                """);
        assertThat(r.notes()).singleElement().satisfies(n -> {
            assertThat(n.path()).isEqualTo("Jenkinsfile");
            assertThat(n.message()).contains("line 4");
        });
        assertThat(r.all(PipelineFile.class)).singleElement().satisfies(f -> assertThat(f.parsed()).isFalse());
        Parsed.Result unbalanced = Parsed.files("Jenkinsfile", "node {\n  stage('x') {\n    sh 'make'\n  }\n");
        assertThat(unbalanced.notes()).singleElement().satisfies(n -> assertThat(n.message()).contains("never closed"));
    }

    @Test
    void jenkinsfilesInTestFixturesAreNotTheProjectsPipeline() {
        assertThat(Jenkinsfiles.isJenkinsfile("Jenkinsfile")).isTrue();
        assertThat(Jenkinsfiles.isJenkinsfile("deploy/Jenkinsfile.prod")).isTrue();
        assertThat(Jenkinsfiles.isJenkinsfile("ci/nightly.jenkinsfile")).isTrue();
        assertThat(Jenkinsfiles.isJenkinsfile("src/test/resources/fixtures/app/Jenkinsfile")).isFalse();
        assertThat(Jenkinsfiles.isJenkinsfile("docs/Jenkinsfile.md")).isFalse();
    }

    private static PipelineAction action(Parsed.Result r, ActionKind kind) {
        return r.all(PipelineAction.class).stream().filter(a -> a.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " action in " + r.all(PipelineAction.class)));
    }
}
