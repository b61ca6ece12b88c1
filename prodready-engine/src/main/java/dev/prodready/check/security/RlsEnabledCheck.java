package dev.prodready.check.security;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.RlsTableFact;

import java.util.ArrayList;
import java.util.List;

/**
 * supabase.rls-enabled: every table created in the public schema by supabase/migrations must get
 * {@code enable row level security}; a table without it fails with the create-table line as evidence, as does a
 * later {@code disable row level security}. Supabase in use without migrations in the repository is unknown (the
 * schema lives in the dashboard); no Supabase at all is not applicable. When the code analysis parsed the
 * migrations as SQL (all statements, applied in order, any number per file), its tables replace the line model;
 * views without security_invoker make an otherwise passing result partial.
 */
public final class RlsEnabledCheck implements Check {

    @Override
    public String itemId() {
        return "supabase.rls-enabled";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        List<RlsTableFact> parsed = ParsedCode.of(facts, RlsTableFact.class, t -> true);
        if (!parsed.isEmpty()) {
            return parsed(parsed);
        }
        RlsModel model = RlsModel.of(facts);
        List<Evidence> failures = new ArrayList<>();
        for (RlsModel.Table t : model.withoutRls()) {
            failures.add(Matches.cite(t.created(), t.name() + " created without enabling row-level security"));
        }
        for (ContentMatch d : model.disabled()) {
            failures.add(Matches.cite(d, "row-level security switched off"));
        }
        if (!failures.isEmpty()) {
            if (model.enablesTruncated() && model.disabled().isEmpty()) {
                return Outcome.unknown("a migration holds more statements than the line patterns keep (100 per file),"
                        + " so some `enable row level security` lines may not have been seen; "
                        + model.withoutRls().size() + " tables appear to lack it", Matches.first(failures, 5));
            }
            return Outcome.fail(model.withoutRls().size() + " of " + model.tables().size() + " public tables have no"
                    + " row-level security" + (model.disabled().isEmpty() ? "" : " or have it switched off")
                    + ": anyone with the anon key can read and write them", Matches.first(failures, 10));
        }
        if (!model.tables().isEmpty()) {
            if (model.createsTruncated()) {
                return Outcome.unknown("row-level security is enabled on every table seen, but a migration holds more"
                        + " statements than the line patterns keep, so some tables may be unseen",
                        Matches.cite(model.enableStatements(), "row-level security enabled"));
            }
            return Outcome.pass("row-level security is enabled on all " + model.tables().size() + " public tables"
                    + " created by the migrations", Matches.cite(model.enableStatements(), "row-level security enabled"));
        }
        List<Evidence> supabase = Providers.supabase(facts);
        if (!supabase.isEmpty()) {
            return Outcome.unknown("the app uses Supabase but no migration in the repository creates its tables, so"
                    + " their row-level security is not visible; pull the schema with `supabase db pull`",
                    Matches.first(supabase, 3));
        }
        List<Evidence> searched = Searched.manifests(facts, "Supabase package");
        if (!searched.isEmpty()) {
            return Outcome.notApplicable("nothing shows that the application uses Supabase", searched);
        }
        return Outcome.unknown("no dependency manifest or Supabase migration was found");
    }

    /** The migrations parsed as SQL and replayed in order: tables, then views that read around row-level security. */
    private static Outcome parsed(List<RlsTableFact> parsed) {
        List<RlsTableFact> tables = parsed.stream().filter(t -> !t.ruleId().equals("rls.view-bypasses-rls")).toList();
        List<RlsTableFact> open = tables.stream().filter(t -> !t.rlsEnabled()).toList();
        List<RlsTableFact> views = parsed.stream().filter(t -> t.ruleId().equals("rls.view-bypasses-rls")).toList();
        if (!open.isEmpty()) {
            return Outcome.fail(open.size() + " of " + tables.size() + " exposed tables have no row-level security after"
                    + " all migrations: anyone with the anon key can read and write them",
                    ParsedCode.join(10, ParsedCode.cite(open, 10), ParsedCode.cite(views, 3)));
        }
        if (!views.isEmpty()) {
            return Outcome.partial("row-level security is on for all " + tables.size() + " exposed tables, but "
                    + ParsedCode.count(views.size(), "view") + " read them with the owner's rights: "
                    + Matches.where(ParsedCode.cite(views, 8)), ParsedCode.cite(views, 8));
        }
        return Outcome.pass("row-level security is on for all " + tables.size() + " exposed tables after all migrations",
                ParsedCode.cite(tables, 8));
    }
}
