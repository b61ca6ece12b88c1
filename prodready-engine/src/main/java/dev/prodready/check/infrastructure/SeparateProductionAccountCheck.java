package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * cloud.separate-prod-account: production runs in its own cloud account, project or subscription. Read from
 * the account ids, project ids and subscription ids that per-environment IaC files pin.
 */
public final class SeparateProductionAccountCheck implements Check {

    private static final Pattern HCL = Pattern.compile(
            "\\b(allowed_account_ids|role_arn|account_id|aws_account_id|subscription_id|project_id|project)\\s*=\\s*\\[?\\s*\"(arn:aws[\\w-]*:iam::)?([A-Za-z0-9-]+)");
    private static final Pattern PULUMI = Pattern.compile(
            "(gcp:project|aws:allowedAccountIds|azure:subscriptionId|azure-native:subscriptionId)\\s*:\\s*\\[?\\s*['\"]?([A-Za-z0-9-]+)");
    private static final Pattern AWS_ID = Pattern.compile("\\d{12}");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern SETTING_BLOCK = Pattern.compile("^\\s*(provider|variable|locals)\\b");
    private static final Pattern GCP_PROJECT = Pattern.compile("[a-z][a-z0-9-]{4,28}[a-z0-9]");

    private record AccountRef(String account, Tier tier, String env, ContentMatch match) {
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
        for (ContentMatch m : Matches.of(facts, List.of("cloud.account-ref", "cloud.account-ref-pulumi"))) {
            Optional<String> env = Environments.nameInPath(m.evidence().path());
            if (env.isEmpty() || !setsTheAccount(iac, m)) {
                continue;
            }
            account(m).ifPresent(a -> refs.add(new AccountRef(a, Environments.ofName(env.get()).orElseThrow(),
                    env.get(), m)));
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
                shared.add(e.getValue().match().evidence().withNote(e.getValue().env() + " uses account " + shown));
                shared.add(same.match().evidence().withNote(same.env() + " uses the same account " + shown));
            }
        }
        if (!shared.isEmpty()) {
            return Outcome.fail("production and a non-production environment are pinned to the same cloud account",
                    shared.stream().limit(6).toList());
        }
        if (!prod.isEmpty() && !other.isEmpty()) {
            List<Evidence> evidence = new ArrayList<>();
            prod.values().stream().limit(2).forEach(r -> evidence.add(r.match().evidence()
                    .withNote(r.env() + " account " + mask(r.account()))));
            other.values().stream().limit(3).forEach(r -> evidence.add(r.match().evidence()
                    .withNote(r.env() + " account " + mask(r.account()))));
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

    /**
     * Only settings that choose the account count: tfvars, Pulumi stack config, and provider, variable and locals
     * blocks. A resource's own project attribute may point at a shared project on purpose.
     */
    private static boolean setsTheAccount(IacModel iac, ContentMatch m) {
        String path = m.evidence().path();
        if (m.pattern().equals("cloud.account-ref-pulumi") || path.endsWith(".tfvars") || path.endsWith(".tfvars.json")) {
            return true;
        }
        return iac.enclosing(m).map(h -> SETTING_BLOCK.matcher(h.text()).find()).orElse(false);
    }

    private static Optional<String> account(ContentMatch m) {
        Matcher hcl = HCL.matcher(m.text());
        if (m.pattern().equals("cloud.account-ref") && hcl.find()) {
            String key = hcl.group(1);
            String value = hcl.group(3);
            if (AWS_ID.matcher(value).matches() && !key.startsWith("project") && !key.equals("subscription_id")) {
                return Optional.of(value);
            }
            if (UUID.matcher(value).matches() && key.equals("subscription_id")) {
                return Optional.of(value.toLowerCase(java.util.Locale.ROOT));
            }
            if (key.startsWith("project") && GCP_PROJECT.matcher(value).matches()) {
                return Optional.of(value);
            }
            return Optional.empty();
        }
        Matcher pulumi = PULUMI.matcher(m.text());
        if (m.pattern().equals("cloud.account-ref-pulumi") && pulumi.find()) {
            return Optional.of(pulumi.group(2));
        }
        return Optional.empty();
    }

    /** Account numbers and subscription ids are shown by their last four characters only. */
    private static String mask(String account) {
        if (AWS_ID.matcher(account).matches() || UUID.matcher(account).matches()) {
            return "…" + account.substring(account.length() - 4);
        }
        return account;
    }
}
