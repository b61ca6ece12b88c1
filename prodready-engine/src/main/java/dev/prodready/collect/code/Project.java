package dev.prodready.collect.code;

import dev.prodready.collect.FactSink;
import dev.prodready.workspace.Workspace;

/** The inputs that are not parsed with tree-sitter: migrations, rules files, schemas, header configs, templates. */
final class Project {

    private Project() {
    }

    static void analyse(Workspace workspace, CodeIndex index, SupabaseConfig.Settings supabase, FactSink sink) {
        Templates.analyse(workspace, index);
        new MigrationAnalysis(index).analyse(workspace, supabase.exposedSchemas());
        new FirebaseRules(index).analyse(workspace, sink);
        PrismaSchema.analyse(workspace, index);
    }
}
