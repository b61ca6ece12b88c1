package dev.prodready.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/prodready.schema.json (for editors) accepts what the loader accepts, and rejects what it rejects. */
class ConfigSchemaTest {

    private static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("docs/prodready.schema.json"))) {
                return p;
            }
        }
        throw new IllegalStateException("docs/prodready.schema.json not found");
    }

    private static JsonSchema schema() throws Exception {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(Files.readString(root().resolve("docs/prodready.schema.json")));
    }

    private static JsonNode yaml(String text) throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(text);
    }

    @Test
    void theRepositorysOwnConfigAndTheReadmeExampleAreValidForBothSchemaAndLoader() throws Exception {
        String own = Files.readString(root().resolve(".prodready.yml"));
        assertThat(schema().validate(yaml(own))).isEmpty();
        assertThat(ConfigLoader.parse(own, ".prodready.yml").warnings()).isEmpty();

        Matcher m = Pattern.compile("```yaml\\n(settings:.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(root().resolve("README.md")));
        assertThat(m.find()).as("README has a configuration example").isTrue();
        assertThat(schema().validate(yaml(m.group(1)))).isEmpty();
        assertThat(ConfigLoader.parse(m.group(1), ".prodready.yml").warnings()).isEmpty();
    }

    @Test
    void rejectsWhatTheLoaderRejects() throws Exception {
        assertThat(schema().validate(yaml("attestations:\n  - item: auth.mfa\n    status: maybe\n    by: me\n    date: 2026-01-01\n")))
                .isNotEmpty();
        assertThat(schema().validate(yaml("suppressions:\n  - reason: because\n"))).isNotEmpty();
        assertThat(schema().validate(yaml("settings:\n  minScore: 250\n"))).isNotEmpty();
        assertThat(schema().validate(yaml("setings: {}\n"))).isNotEmpty();
    }
}
