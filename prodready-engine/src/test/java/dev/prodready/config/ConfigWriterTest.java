package dev.prodready.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigWriterTest {

    private static Attestation att(String item, String status) {
        return new Attestation(item, status, "jane@example.com", LocalDate.of(2026, 11, 2), "https://wiki/x",
                Optional.of(LocalDate.of(2027, 2, 1)), "", 0);
    }

    @Test
    void createsTheFileWhenAbsent(@TempDir Path root) throws Exception {
        ConfigWriter.record(root, att("backup.restore-tested", "pass"));
        Config c = ConfigLoader.load(root);
        assertThat(c.attestations()).singleElement().satisfies(a -> {
            assertThat(a.item()).isEqualTo("backup.restore-tested");
            assertThat(a.expires()).contains(LocalDate.of(2027, 2, 1));
        });
        assertThat(root.resolve(".prodready.yml.bak")).doesNotExist();
    }

    @Test
    void keepsCommentsAndOtherKeysAndAppends(@TempDir Path root) throws Exception {
        String original = """
                # team config -- keep this comment
                settings:
                  skip: ["examples/**"]   # vendored demo
                attestations:
                  # restore drill
                  - item: backup.restore-tested
                    status: pass
                    by: ops
                    date: 2026-10-01

                suppressions:
                  - rule: secret.generic
                    reason: fixtures
                """;
        Files.writeString(root.resolve(".prodready.yml"), original);
        ConfigWriter.record(root, att("auth.mfa", "pass"));
        String after = Files.readString(root.resolve(".prodready.yml"));
        assertThat(after).contains("# team config -- keep this comment", "# vendored demo", "# restore drill",
                "suppressions:", "- rule: secret.generic");
        Config c = ConfigLoader.load(root);
        assertThat(c.attestations()).extracting(Attestation::item).containsExactly("backup.restore-tested", "auth.mfa");
        assertThat(c.suppressions()).hasSize(1);
        assertThat(Files.readString(root.resolve(".prodready.yml.bak"))).isEqualTo(original);
    }

    @Test
    void replacesTheAttestationOfTheSameItem(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve(".prodready.yml"), """
                attestations:
                  - item: auth.mfa
                    status: fail
                    by: ops
                    date: 2026-01-01
                  - item: backup.restore-tested
                    status: pass
                    by: ops
                    date: 2026-10-01
                """);
        ConfigWriter.record(root, att("auth.mfa", "pass"));
        Config c = ConfigLoader.load(root);
        assertThat(c.attestations()).extracting(Attestation::item).containsExactly("auth.mfa", "backup.restore-tested");
        assertThat(c.attestations().get(0).status()).isEqualTo("pass");
        assertThat(c.attestations().get(0).by()).isEqualTo("jane@example.com");
    }

    @Test
    void emptyListAndMissingKeyAreHandled(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve(".prodready.yml"), "attestations: []\nsettings:\n  minScore: 10\n");
        ConfigWriter.record(root, att("auth.mfa", "not_applicable"));
        assertThat(ConfigLoader.load(root).attestations()).hasSize(1);
        assertThat(ConfigLoader.load(root).settings().minScore()).hasValue(10);

        Files.writeString(root.resolve(".prodready.yml"), "settings:\n  minScore: 10\n");
        ConfigWriter.record(root, att("auth.mfa", "pass"));
        assertThat(ConfigLoader.load(root).attestations()).hasSize(1);
    }

    @Test
    void refusesToTouchAMalformedFile(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve(".prodready.yml"), "attestations: [\n");
        assertThatThrownBy(() -> ConfigWriter.record(root, att("auth.mfa", "pass"))).isInstanceOf(ConfigException.class);
        assertThat(Files.readString(root.resolve(".prodready.yml"))).isEqualTo("attestations: [\n");
    }
}
