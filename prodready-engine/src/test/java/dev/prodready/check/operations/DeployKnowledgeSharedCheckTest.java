package dev.prodready.check.operations;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.DocKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.prodready.check.compliance.CheckFixture.commit;
import static dev.prodready.check.compliance.CheckFixture.doc;
import static dev.prodready.check.compliance.CheckFixture.locations;
import static dev.prodready.check.compliance.CheckFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

class DeployKnowledgeSharedCheckTest {

    private final DeployKnowledgeSharedCheck check = new DeployKnowledgeSharedCheck();

    @Test
    void oneAuthorOfAllDeploymentChangesFailsCitingTheCommitsNewestFirst() {
        Outcome o = run(check,
                commit("aaaaaaaa11", "alice@example.com", "2025-01-10T10:00:00Z", ".github/workflows/deploy.yml"),
                commit("bbbbbbbb22", "Alice@Example.com", "2025-03-02T10:00:00Z", "fly.toml"),
                commit("cccccccc33", "49699333+dependabot[bot]@users.noreply.github.com", "2025-04-01T10:00:00Z",
                        ".github/workflows/deploy.yml"),
                commit("dddddddd44", "bob@example.com", "2025-04-02T10:00:00Z", "src/app/page.tsx"));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(o.message()).contains("alice@example.com", "2 change(s)");
        assertThat(locations(o)).containsExactly("fly.toml @bbbbbbbb", ".github/workflows/deploy.yml @aaaaaaaa");
    }

    @Test
    void twoAuthorsPass() {
        Outcome o = run(check,
                commit("aaaaaaaa11", "alice@example.com", "2025-01-10T10:00:00Z", ".github/workflows/deploy.yml"),
                commit("eeeeeeee55", "bob@example.com", "2025-02-10T10:00:00Z", "infra/main.tf"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(o.message()).startsWith("2 people");
        assertThat(locations(o)).containsExactly("infra/main.tf @eeeeeeee", ".github/workflows/deploy.yml @aaaaaaaa");
    }

    @Test
    void githubNoReplyAddressesOfOnePersonCountOnce() {
        Outcome o = run(check,
                commit("aaaaaaaa11", "12345+alice@users.noreply.github.com", "2025-01-10T10:00:00Z", "Dockerfile"),
                commit("bbbbbbbb22", "alice@users.noreply.github.com", "2025-01-11T10:00:00Z", "vercel.json"));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly("vercel.json @bbbbbbbb", "Dockerfile @aaaaaaaa");
    }

    @Test
    void aDeploymentRunbookPassesEvenWithOneAuthor() {
        Outcome o = run(check, doc(DocKind.DEPLOYMENT_PROCESS, "docs/deployment.md", 1),
                commit("aaaaaaaa11", "alice@example.com", "2025-01-10T10:00:00Z", ".github/workflows/deploy.yml"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("docs/deployment.md:1");
    }

    @Test
    void noHistoryOfDeploymentFilesIsUnknown() {
        Outcome o = run(check, commit("dddddddd44", "bob@example.com", "2025-04-02T10:00:00Z", "src/app/page.tsx"));
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
        assertThat(o.message()).contains("no git history");
    }

    @Test
    void onlyBotsIsUnknown() {
        Outcome o = run(check, commit("cccccccc33", "29139614+renovate[bot]@users.noreply.github.com",
                "2025-04-01T10:00:00Z", ".github/workflows/ci.yml"));
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
        assertThat(o.message()).contains("bots");
    }

    @ParameterizedTest
    @CsvSource({
            ".github/workflows/ci.yml, true", ".gitlab-ci.yml, true", "Dockerfile, true", "api/Dockerfile.prod, true",
            "docker-compose.yml, true", "infra/main.tf, true", "modules/db/variables.tf, true", "vercel.json, true",
            "netlify.toml, true", "fly.toml, true", "supabase/config.toml, true", "scripts/deploy.sh, true",
            "k8s/deployment.yaml, true", "services/api/helm/values.yaml, true", "Procfile, true",
            "src/app/page.tsx, false", "README.md, false", "src/main/java/com/acme/infrastructure/Repo.java, false",
            "package.json, false"})
    void deploymentPaths(String path, boolean deployment) {
        assertThat(DeploymentPaths.isDeployment(path)).isEqualTo(deployment);
    }
}
