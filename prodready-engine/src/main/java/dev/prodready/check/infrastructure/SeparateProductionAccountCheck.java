package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.IacValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * cloud.separate-prod-account: production runs in its own cloud account, project or subscription. Read from the
 * account ids, project ids and subscription ids that per-environment Terraform pins (provider blocks, variable
 * defaults, locals, tfvars files) and from Pulumi stack files.
 */
public final class SeparateProductionAccountCheck implements Check {

    private static final Set<String> AWS_KEYS = Set.of("allowed_account_ids", "role_arn", "account_id", "aws_account_id");
    private static final Set<String> GCP_KEYS = Set.of("project_id", "project", "gcp_project", "google_project");
    private static final Set<String> AZURE_KEYS = Set.of("subscription_id", "azure_subscription_id");
    private static final Pattern PULUMI = Pattern.compile(
            "(gcp:project|aws:allowedAccountIds|azure:subscriptionId|azure-native:subscriptionId)\\s*:\\s*\\[?\\s*['\"]?([A-Za-z0-9-]+)");
    private static final Pattern AWS_ID = Pattern.compile("\\d{12}");
    private static final Pattern ARN_ACCOUNT = Pattern.compile("arn:aws[\\w-]*:iam::(\\d{12}):");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern GCP_PROJECT = Pattern.compile("[a-z][a-z0-9-]{4,28}[a-z0-9]");

    private record AccountRef(String account, Tier tier, String env, Evidence where) {
    }

    @Override
    public String itemId() {
        return "cloud.separate-prod-account";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        List<AccountRef> refs = new ArrayList<>();
        IacModel iac = IacModel.of(facts);
        List<IacBlock> settings = new ArrayList<>(iac.blocks("terraform", "provider"));
        settings.addAll(iac.blocks("terraform", "tfvars"));
        settings.addAll(iac.blocks("terraform", "locals"));
        for (IacBlock b : settings) {
            Optional<String> env = Environments.nameInPath(b.path());
            if (env.isEmpty()) {
                continue;
            }
            collect(b, b.body(), env.get(), refs, 0);
        }
        for (IacBlock v : iac.blocks("terraform", "variable")) {
            Optional<String> env = Environments.nameInPath(v.path());
            if (env.isPresent() && isAccountKey(v.name())) {
                v.value("default").ifPresent(d -> accounts(v.name(), d).forEach(a -> refs.add(ref(a, env.get(), v, d))));
            }
        }
        for (ContentMatch m : Matches.of(facts, "cloud.account-ref-pulumi")) {
            Optional<String> env = Environments.nameInPath(m.evidence().path());
            Matcher x = PULUMI.matcher(m.text());
            if (env.isPresent() && x.find()) {
                refs.add(new AccountRef(x.group(2), Environments.ofName(env.get()).orElseThrow(), env.get(), m.evidence()));
            }
        }
        Map<String, AccountRef> prod = new LinkedHashMap<>();
        Map<String, AccountRef> other = new LinkedHashMap<>();
        for (AccountRef r : refs) {
            (r.tier() == Tier.PRODUCTION ? prod : other).putIfAbsent(r.account(), r);
        }
        List<Evidence> shared = new ArrayList<>();
        for (Map.Entry<String, AccountRef> e : prod.entrySet()) {
            AccountRef same = other.get(e.getKey());
            if (same != null) {
                String shown = mask(e.getKey());
                shared.add(e.getValue().where().withNote(e.getValue().env() + " uses account " + shown));
                shared.add(same.where().withNote(same.env() + " uses the same account " + shown));
            }
        }
        if (!shared.isEmpty()) {
            return Outcome.fail("production and a non-production environment are pinned to the same cloud account",
                    shared.stream().limit(6).toList());
        }
        if (!prod.isEmpty() && !other.isEmpty()) {
            List<Evidence> evidence = new ArrayList<>();
            prod.values().stream().limit(2).forEach(r -> evidence.add(r.where().withNote(r.env() + " account "
                    + mask(r.account()))));
            other.values().stream().limit(3).forEach(r -> evidence.add(r.where().withNote(r.env() + " account "
                    + mask(r.account()))));
            return Outcome.pass("production is pinned to its own account, apart from "
                    + String.join(", ", other.values().stream().map(AccountRef::env).distinct().toList()), evidence);
        }
        Optional<Evidence> supabase = Platforms.supabase(facts);
        Optional<Evidence> firebase = Platforms.firebase(facts);
        if (supabase.isPresent() || firebase.isPresent()) {
            List<Evidence> evidence = new ArrayList<>();
            supabase.ifPresent(e -> evidence.add(e.withNote("Supabase: use separate projects for production and development")));
            firebase.ifPresent(e -> evidence.add(e.withNote("Firebase: use separate projects for production and development")));
            return Outcome.unknown("whether production has its own Supabase/Firebase project (and cloud account) is "
                    + "not visible in the repository; attest it", evidence);
        }
        return Outcome.unknown("no per-environment IaC pins an account, project or subscription; attest whether "
                + "production has its own");
    }

    /** Account settings among {@code body}'s attributes and nested blocks (assume_role { role_arn = ... }). */
    private static void collect(IacBlock b, IacValue.Mapping body, String env, List<AccountRef> refs, int depth) {
        for (Map.Entry<String, IacValue> e : body.entries().entrySet()) {
            if (isAccountKey(e.getKey())) {
                for (String a : accounts(e.getKey(), e.getValue())) {
                    refs.add(ref(a, env, b, e.getValue()));
                }
            } else if (e.getValue() instanceof IacValue.Mapping nested && depth < 2) {
                collect(b, nested, env, refs, depth + 1);
            }
        }
    }

    private static AccountRef ref(String account, String env, IacBlock b, IacValue at) {
        return new AccountRef(account, Environments.ofName(env).orElseThrow(), env, b.at(at, "account setting"));
    }

    private static boolean isAccountKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return AWS_KEYS.contains(k) || GCP_KEYS.contains(k) || AZURE_KEYS.contains(k);
    }

    private static List<String> accounts(String key, IacValue value) {
        String k = key.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (IacValue v : IacValue.items(Optional.of(value))) {
            if (!(v instanceof IacValue.Scalar s)) {
                continue;
            }
            String text = s.text().strip();
            Matcher arn = ARN_ACCOUNT.matcher(text);
            if (AWS_KEYS.contains(k) && arn.find()) {
                out.add(arn.group(1));
            } else if (AWS_KEYS.contains(k) && AWS_ID.matcher(text).matches()) {
                out.add(text);
            } else if (AZURE_KEYS.contains(k) && UUID.matcher(text).matches()) {
                out.add(text.toLowerCase(Locale.ROOT));
            } else if (GCP_KEYS.contains(k) && GCP_PROJECT.matcher(text).matches()) {
                out.add(text);
            }
        }
        return out;
    }

    /** Account numbers and subscription ids are shown by their last four characters only. */
    private static String mask(String account) {
        if (AWS_ID.matcher(account).matches() || UUID.matcher(account).matches()) {
            return "…" + account.substring(account.length() - 4);
        }
        return account;
    }
}
