package dev.prodready.check.documentation;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.Capability;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.SignalKind;
import dev.prodready.stack.Trait;
import org.junit.jupiter.api.Test;

import static dev.prodready.check.compliance.CheckFixture.capability;
import static dev.prodready.check.compliance.CheckFixture.doc;
import static dev.prodready.check.compliance.CheckFixture.document;
import static dev.prodready.check.compliance.CheckFixture.locations;
import static dev.prodready.check.compliance.CheckFixture.present;
import static dev.prodready.check.compliance.CheckFixture.run;
import static dev.prodready.check.compliance.CheckFixture.signal;
import static org.assertj.core.api.Assertions.assertThat;

class TechnicalDocsChecksTest {

    private final ArchitectureDiagramCheck architecture = new ArchitectureDiagramCheck();
    private final ApiDocsCheck api = new ApiDocsCheck();
    private final DbSchemaDocsCheck schema = new DbSchemaDocsCheck();

    @Test
    void diagramFilePasses() {
        Outcome o = run(architecture, signal(SignalKind.DOCS_ARCHITECTURE_DIAGRAM, "docs/architecture.mmd"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("docs/architecture.mmd");
    }

    @Test
    void mermaidBlockInADocumentPasses() {
        Outcome o = run(architecture, doc(DocKind.ARCHITECTURE_DIAGRAM, "docs/architecture.md", 14));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("docs/architecture.md:14");
    }

    @Test
    void architectureProseWithoutDiagramIsPartial() {
        Outcome o = run(architecture, doc(DocKind.ARCHITECTURE, "README.md", 30), signal(SignalKind.DOCS_ADR, "docs/adr"));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly("README.md:30", "docs/adr");
    }

    @Test
    void noArchitectureDocumentationFails() {
        Outcome o = run(architecture, document("README.md", 120));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly("README.md");
    }

    @Test
    void openApiSpecPasses() {
        Outcome o = run(api, present(Trait.PUBLIC_API), signal(SignalKind.API_OPENAPI, "openapi.yaml"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("openapi.yaml");
    }

    @Test
    void apiDocsGeneratorPasses() {
        Outcome o = run(api, capability(Capability.API_DOCS, "springdoc-openapi-starter-webmvc-ui", "pom.xml", 40));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("pom.xml:40");
    }

    @Test
    void publicApiWithoutDocsFails() {
        Outcome o = run(api, present(Trait.PUBLIC_API));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly("package.json:5", ".");
    }

    @Test
    void apiDocsUndecidedWhenNoPublicApiIsKnown() {
        assertThat(run(api).status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void prismaSchemaPasses() {
        Outcome o = run(schema, signal(SignalKind.DB_SCHEMA, "prisma/schema.prisma"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("prisma/schema.prisma");
    }

    @Test
    void schemaDocumentPasses() {
        Outcome o = run(schema, doc(DocKind.DB_SCHEMA, "docs/database.md", 1));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("docs/database.md:1");
    }

    @Test
    void migrationsOnlyArePartial() {
        Outcome o = run(schema, signal(SignalKind.DB_SUPABASE_MIGRATIONS, "supabase/migrations"));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly("supabase/migrations");
    }

    @Test
    void databaseWithoutAnySchemaFails() {
        Outcome o = run(schema, present(Trait.DATABASE));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly(".");
    }

    @Test
    void schemaUndecidedWithoutKnownDatabase() {
        assertThat(run(schema).status()).isEqualTo(Status.UNKNOWN);
    }
}
