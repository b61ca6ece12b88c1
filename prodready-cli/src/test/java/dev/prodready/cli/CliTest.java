package dev.prodready.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void versionPrintsTheVersion() {
        Run r = run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("prodready ").doesNotContain("dev");
    }

    @Test
    void wrongUsageIsOneLineAndExitTwo() {
        Run r = run("scan", "--bogus");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("--bogus");

        Run noCommand = run();
        assertThat(noCommand.code()).isEqualTo(ExitCode.USAGE);
        assertThat(noCommand.err().strip().lines()).hasSize(1);

        Run badFormat = run("scan", ".", "-o", "pdf=x.pdf");
        assertThat(badFormat.code()).isEqualTo(ExitCode.USAGE);
        assertThat(badFormat.err()).contains("unknown format 'pdf'");

        Run badGate = run("scan", ".", "--fail-on", "sometimes");
        assertThat(badGate.code()).isEqualTo(ExitCode.USAGE);
        assertThat(badGate.err()).contains("--fail-on");
    }

    @Test
    void missingPathIsExitThreeWithAClearMessage(@TempDir Path tmp) {
        Run r = run("scan", tmp.resolve("nope").toString());
        assertThat(r.code()).isEqualTo(ExitCode.CANNOT_SCAN);
        assertThat(r.err()).contains("no such folder");
    }

    @Test
    void aFileIsNotAFolder(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("f.txt"), "x");
        Run r = run("scan", file.toString());
        assertThat(r.code()).isEqualTo(ExitCode.CANNOT_SCAN);
        assertThat(r.err()).contains("not a folder");
    }

    @Test
    void aFailedGateIsExitOneWithOneLineSayingWhy() {
        java.nio.file.Path example = DogfoodTest.repositoryRoot().resolve("examples/lovable-supabase-app");
        Run flags = run("scan", example.toString(), "--fail-on", "red-flag");
        assertThat(flags.code()).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(flags.err().strip().lines()).hasSize(1);
        assertThat(flags.err()).contains("gate failed").contains("red flag");
        Run score = run("scan", example.toString(), "--min-score", "90");
        assertThat(score.code()).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(score.err()).contains("below the minimum 90");
        assertThat(run("scan", example.toString(), "--min-score", "101").code()).isEqualTo(ExitCode.USAGE);
        assertThat(run("scan", example.toString(), "--min-score", "0").code()).isZero();
    }

    @Test
    void scansAnEmptyFolderAndWritesJson(@TempDir Path tmp) throws Exception {
        Path report = tmp.resolve("out/report.json");
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        Run r = run("scan", empty.toString(), "-o", "json=" + report);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Readiness").contains("Full json report: " + report);
        assertThat(Files.readString(report)).contains("\"schema\": \"prodready-report/1\"");
    }
}
