package dev.prodready.config;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigLoaderTest {

    @Test
    void readsAttestationsSuppressionsAndSettings() throws Exception {
        Config c = ConfigLoader.parse("""
                version: 1
                settings:
                  skip: ["examples/**"]
                  maxFileMb: 4
                  failOn: [red-flag, high]
                  minScore: 60
                attestations:
                  - item: backup.restore-tested
                    status: pass
                    by: jane@example.com
                    date: 2026-10-15
                    evidence: https://wiki.example.com/restore-2026-10
                    expires: 2027-01-13
                suppressions:
                  - rule: secret.generic-high-entropy
                    path: "test/**"
                    reason: fake tokens in fixtures
                    owner: security@example.com
                """, ".prodready.yml");
        assertThat(c.settings().skip()).containsExactly("examples/**");
        assertThat(c.settings().maxFileMb()).contains(4L);
        assertThat(c.settings().failOn()).containsExactly("red-flag", "high");
        assertThat(c.settings().minScore()).hasValue(60);
        Attestation a = c.attestations().get(0);
        assertThat(a.item()).isEqualTo("backup.restore-tested");
        assertThat(a.line()).isEqualTo(8);
        assertThat(a.expires()).contains(LocalDate.of(2027, 1, 13));
        assertThat(c.suppressions().get(0).covers("secret.generic-high-entropy", "x", "test/a/b.txt")).isTrue();
        assertThat(c.suppressions().get(0).covers("secret.generic-high-entropy", "x", "src/a.ts")).isFalse();
        assertThat(c.warnings()).isEmpty();
    }

    @Test
    void errorsNameFileLineAndField() {
        assertThatThrownBy(() -> ConfigLoader.parse("""
                attestations:
                  - item: auth.mfa
                    status: maybe
                    by: me
                    date: 2026-01-01
                """, ".prodready.yml"))
                .isInstanceOf(ConfigException.class)
                .hasMessage(".prodready.yml:3: attestations[].status takes pass, fail or not_applicable, not 'maybe'");
        assertThatThrownBy(() -> ConfigLoader.parse("""
                attestations:
                  - item: auth.mfa
                    status: pass
                    by: me
                    date: last tuesday
                """, ".prodready.yml"))
                .hasMessageContaining(".prodready.yml:5: attestations[].date must be a date");
        assertThatThrownBy(() -> ConfigLoader.parse("settings:\n  minScore: 250\n", ".prodready.yml"))
                .hasMessage(".prodready.yml:2: settings.minScore must be between 0 and 100");
        assertThatThrownBy(() -> ConfigLoader.parse("settings: [1, 2\n", ".prodready.yml"))
                .hasMessageStartingWith(".prodready.yml:").hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> ConfigLoader.parse("suppressions:\n  - reason: because\n", ".prodready.yml"))
                .hasMessage(".prodready.yml:2: suppressions[] needs a rule or an item");
    }

    @Test
    void unknownKeysAreWarnedNotIgnored() throws Exception {
        Config c = ConfigLoader.parse("setings:\n  skip: []\nattestations: []\n", ".prodready.yml");
        assertThat(c.warnings()).singleElement().asString()
                .contains(".prodready.yml:1: unknown key 'setings'");
    }

    @Test
    void emptyFileIsEmptyConfig() throws Exception {
        assertThat(ConfigLoader.parse("", ".prodready.yml").attestations()).isEmpty();
    }
}
