package dev.prodready.check.operations;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Which repository paths define how the application is built and deployed (CI, infrastructure, platform files). */
final class DeploymentPaths {

    private static final List<String> PREFIXES = List.of(".github/workflows/", ".circleci/", ".buildkite/", ".do/");
    private static final Set<String> NAMES = Set.of(".gitlab-ci.yml", "bitbucket-pipelines.yml", "azure-pipelines.yml",
            "jenkinsfile", "vercel.json", "netlify.toml", "fly.toml", "render.yaml", "railway.json", "railway.toml",
            "procfile", "app.yaml", "firebase.json", ".firebaserc", "cdk.json", "pulumi.yaml", "serverless.yml",
            "serverless.yaml", "chart.yaml", "skaffold.yaml", "cloudbuild.yaml", "amplify.yml", "wrangler.toml",
            "wrangler.json", "appspec.yml", "buildspec.yml");
    private static final List<String> SUFFIXES = List.of(".tf", ".tf.json", ".tofu", ".dockerfile");
    /** Deployment folders wherever they sit. */
    private static final List<String> ANY_LEVEL = List.of("k8s/", "kubernetes/", "helm/", "charts/", "terraform/");
    /** Only at the root: nested, these names are often application layers (src/infrastructure/). */
    private static final List<String> ROOT_LEVEL = List.of("deploy/", "deployment/", "deployments/", "infra/",
            "infrastructure/", "ops/");

    private DeploymentPaths() {
    }

    static boolean isDeployment(String path) {
        if (path == null || path.isBlank()) {
            return false;
        }
        String p = path.replace('\\', '/').toLowerCase(Locale.ROOT);
        String name = p.substring(p.lastIndexOf('/') + 1);
        return PREFIXES.stream().anyMatch(p::startsWith)
                || NAMES.contains(name)
                || SUFFIXES.stream().anyMatch(name::endsWith)
                || name.startsWith("dockerfile")
                || name.startsWith("docker-compose") || name.startsWith("compose.y")
                || name.contains("deploy")
                || p.equals("supabase/config.toml")
                || ROOT_LEVEL.stream().anyMatch(p::startsWith)
                || ANY_LEVEL.stream().anyMatch(f -> p.startsWith(f) || p.contains("/" + f));
    }
}
