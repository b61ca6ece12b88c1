package dev.prodready.collect.code;

import dev.prodready.fact.Evidence;
import dev.prodready.fact.ForeignKeyFact;
import dev.prodready.workspace.SourceFile;
import dev.prodready.workspace.Workspace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prisma schemas: relation fields ({@code @relation(fields: [authorId], ...)}) and whether an index, unique or id
 * leads with the foreign key column. PostgreSQL, SQLite, SQL Server and CockroachDB do not index foreign keys by
 * themselves; MySQL does unless relationMode = "prisma" (no foreign keys at all).
 */
final class PrismaSchema {

    private static final Pattern MODEL = Pattern.compile("^\\s*model\\s+(\\w+)\\s*\\{");
    private static final Pattern RELATION = Pattern.compile("@relation\\([^)]*fields\\s*:\\s*\\[\\s*(\\w+)");
    private static final Pattern BLOCK_INDEX = Pattern.compile("@@(index|unique|id)\\s*\\(\\s*(?:fields\\s*:\\s*)?\\[\\s*(\\w+)");
    private static final Pattern FIELD_KEY = Pattern.compile("^\\s*(\\w+)\\s+\\S+.*@(id|unique)\\b");
    private static final Pattern PROVIDER = Pattern.compile("provider\\s*=\\s*\"(\\w+)\"");
    private static final Pattern RELATION_MODE = Pattern.compile("relationMode\\s*=\\s*\"prisma\"");

    private PrismaSchema() {
    }

    static void analyse(Workspace workspace, CodeIndex index) {
        List<SourceFile> files = workspace.files(f -> f.extension().equals("prisma"));
        String provider = "postgresql";
        boolean prismaRelations = false;
        for (SourceFile file : files) {
            String text = file.text().orElse("");
            int ds = text.indexOf("datasource");
            if (ds >= 0) {
                Matcher p = PROVIDER.matcher(text.substring(ds));
                if (p.find()) {
                    provider = p.group(1);
                }
                prismaRelations |= RELATION_MODE.matcher(text).find();
            }
        }
        if (provider.equals("mongodb") || provider.equals("mysql") && !prismaRelations) {
            return;
        }
        for (SourceFile file : files) {
            model(file, index);
        }
    }

    private record Relation(String model, String column, int line) {
    }

    private static void model(SourceFile file, CodeIndex index) {
        List<String> lines = file.lines();
        String model = null;
        List<Relation> relations = new ArrayList<>();
        Set<String> leading = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String code = line.contains("//") ? line.substring(0, line.indexOf("//")) : line;
            Matcher m = MODEL.matcher(code);
            if (m.find()) {
                model = m.group(1);
                continue;
            }
            if (model == null) {
                continue;
            }
            if (code.strip().startsWith("}")) {
                for (Relation r : relations) {
                    boolean indexed = leading.contains(r.column());
                    String rule = indexed ? "perf.fk-indexed" : "perf.fk-unindexed";
                    String message = indexed ? "relation " + r.model() + "." + r.column() + " has an index"
                            : "relation " + r.model() + "." + r.column() + " has no @@index([" + r.column() + "]); the database"
                            + " scans " + r.model() + " on every join and cascading delete";
                    index.add(new ForeignKeyFact(r.model(), r.column(), "prisma", indexed, rule,
                            index.rules().rule(rule).item(), Evidence.at(file.path(), r.line(), message)));
                }
                relations.clear();
                leading.clear();
                model = null;
                continue;
            }
            Matcher rel = RELATION.matcher(code);
            if (rel.find()) {
                relations.add(new Relation(model, rel.group(1), i + 1));
            }
            Matcher block = BLOCK_INDEX.matcher(code);
            if (block.find()) {
                leading.add(block.group(2));
            }
            Matcher key = FIELD_KEY.matcher(code);
            if (key.find()) {
                leading.add(key.group(1));
            }
        }
    }
}
