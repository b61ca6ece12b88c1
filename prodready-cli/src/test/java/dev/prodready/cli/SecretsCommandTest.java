package dev.prodready.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsCommandTest {

    /** A GitHub-token-shaped value made at test time, so no token-shaped string sits in the sources. */
    private static String fakeGithubToken() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        Random random = new Random(42);
        StringBuilder b = new StringBuilder("ghp_");
        for (int i = 0; i < 36; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    private static void git(Path dir, String... args) throws Exception {
        String[] cmd = new String[args.length + 5];
        cmd[0] = "git";
        cmd[1] = "-c";
        cmd[2] = "user.email=dev@example.com";
        cmd[3] = "-c";
        cmd[4] = "user.name=dev";
        System.arraycopy(args, 0, cmd, 5, args.length);
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor()).isZero();
    }

    @Test
    void findsAKeyRemovedFromHeadInHistoryRedactsItAndBaselinesIt(@TempDir Path tmp) throws Exception {
        Path repo = Files.createDirectory(tmp.resolve("repo"));
        String token = fakeGithubToken();
        git(repo, "init", "-q", "-b", "main");
        Files.writeString(repo.resolve("deploy.js"), "const token = \"" + token + "\";\n");
        git(repo, "add", "-A");
        git(repo, "commit", "-q", "-m", "add deploy");
        Files.writeString(repo.resolve("deploy.js"), "const token = process.env.GITHUB_TOKEN;\n");
        git(repo, "commit", "-q", "-am", "use env");

        Path json = tmp.resolve("secrets.json");
        CliTest.Run run = CliTest.run("secrets", repo.toString(), "-o", "json=" + json);
        assertThat(run.code()).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(run.out()).contains("github").doesNotContain(token);
        String text = Files.readString(json);
        assertThat(text).doesNotContain(token);
        JsonNode finding = new ObjectMapper().readTree(text).path("findings").get(0);
        assertThat(finding.path("itemId").asText()).isEqualTo("secrets.history-clean");
        assertThat(finding.path("commit").asText()).hasSize(40);
        assertThat(finding.path("path").asText()).isEqualTo("deploy.js");

        CliTest.Run again = CliTest.run("secrets", repo.toString(), "--baseline", json.toString());
        assertThat(again.code()).isZero();

        CliTest.Run treeOnly = CliTest.run("secrets", repo.toString(), "--no-history");
        assertThat(treeOnly.code()).isZero();
    }

    @Test
    void wrongUsageIsExitTwo(@TempDir Path tmp) {
        assertThat(CliTest.run("secrets", tmp.toString(), "--staged", "--no-history").code()).isEqualTo(ExitCode.USAGE);
        assertThat(CliTest.run("secrets", tmp.toString(), "-o", "html=x.html").code()).isEqualTo(ExitCode.USAGE);
        assertThat(CliTest.run("secrets", tmp.resolve("missing").toString()).code()).isEqualTo(ExitCode.CANNOT_SCAN);
    }
}
