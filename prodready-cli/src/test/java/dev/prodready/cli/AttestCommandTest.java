package dev.prodready.cli;

import dev.prodready.config.Attestation;
import dev.prodready.config.ConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AttestCommandTest {

    @Test
    void recordsOneAnswerFromOptions(@TempDir Path repo) throws Exception {
        CliTest.Run run = CliTest.run("attest", "backup.restore-tested", "--status", "pass", "--by", "jane@example.com",
                "--evidence", "https://wiki.example.com/restore", "--expires", "2027-02-01", "--path", repo.toString());
        assertThat(run.code()).isZero();
        Attestation a = ConfigLoader.load(repo).attestations().get(0);
        assertThat(a.item()).isEqualTo("backup.restore-tested");
        assertThat(a.expires()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2027-02-01"));

        assertThat(CliTest.run("attest", "backup.restore-tested", "--status", "maybe", "--by", "x", "--path",
                repo.toString()).code()).isEqualTo(ExitCode.USAGE);
        assertThat(CliTest.run("attest", "no.such-item", "--status", "pass", "--by", "x", "--path",
                repo.toString()).code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void asksAboutUndecidedItemsAndRecordsTheAnswers(@TempDir Path repo) throws Exception {
        Files.writeString(repo.resolve("README.md"), "# demo\n\nA small service.\n");
        AttestCommand command = new AttestCommand();
        command.interactive = true;
        // first question: pass, by, evidence, default expiry; second: skip; then quit
        command.input = new BufferedReader(new StringReader("p\nops@example.com\nhttps://wiki/x\n\ns\nq\n"));
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        int code = cl.execute("--path", repo.toString());
        assertThat(code).isZero();
        assertThat(out.toString()).contains("status [p/f/n/s/q]").contains("Recorded 1 attestation(s)");
        assertThat(ConfigLoader.load(repo).attestations()).singleElement()
                .satisfies(a -> assertThat(a.by()).isEqualTo("ops@example.com"));
    }
}
