package dev.prodready.check.security;

import dev.prodready.fact.Capability;
import dev.prodready.fact.CapabilityFact;
import dev.prodready.fact.Dependency;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.SignalKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** Which services the application builds on, from capability, dependency and file facts. */
final class Providers {

    /** Hosted identity services whose MFA, password and lockout policies are dashboard settings, not code. */
    private static final List<String> DASHBOARD_MANAGED = List.of("clerk", "auth0", "workos", "stytch", "kinde",
            "frontegg", "descope", "@okta/", "okta-", "amazon-cognito", "aws-amplify", "@aws-amplify/auth",
            "propelauth", "supertokens");

    private Providers() {
    }

    static List<CapabilityFact> with(Facts facts, Capability capability) {
        return facts.all(CapabilityFact.class, c -> c.capability() == capability);
    }

    static List<CapabilityFact> with(Facts facts, Capability capability, Predicate<String> source) {
        return facts.all(CapabilityFact.class, c -> c.capability() == capability
                && source.test(c.source().toLowerCase(Locale.ROOT)));
    }

    static List<Evidence> cite(List<CapabilityFact> facts, String note) {
        return facts.stream().limit(Matches.MAX_EVIDENCE)
                .map(c -> c.evidence().withNote(c.source() + " " + note)).toList();
    }

    static List<CapabilityFact> authProviders(Facts facts) {
        return with(facts, Capability.AUTH_PROVIDER);
    }

    static List<CapabilityFact> dashboardManagedAuth(Facts facts) {
        return with(facts, Capability.AUTH_PROVIDER, s -> DASHBOARD_MANAGED.stream().anyMatch(s::contains));
    }

    static boolean isSupabaseSource(String source) {
        String s = source.toLowerCase(Locale.ROOT);
        return s.startsWith("@supabase/") || s.equals("supabase") || s.equals("supabase-py") || s.startsWith("supabase-");
    }

    static boolean isFirebaseSource(String source) {
        String s = source.toLowerCase(Locale.ROOT);
        return s.equals("firebase") || s.startsWith("firebase-") || s.startsWith("@firebase/")
                || s.startsWith("react-firebase") || s.equals("reactfire") || s.startsWith("@react-native-firebase/");
    }

    /** Evidence that the application uses Supabase: a package, supabase/config.toml or Supabase migrations. */
    static List<Evidence> supabase(Facts facts) {
        return service(facts, Providers::isSupabaseSource,
                Set.of(SignalKind.PLATFORM_SUPABASE, SignalKind.DB_SUPABASE_MIGRATIONS), "Supabase");
    }

    /** Evidence that the application uses Firebase: a package, firebase.json or a rules file. */
    static List<Evidence> firebase(Facts facts) {
        return service(facts, Providers::isFirebaseSource,
                Set.of(SignalKind.PLATFORM_FIREBASE, SignalKind.DB_FIREBASE_RULES), "Firebase");
    }

    private static List<Evidence> service(Facts facts, Predicate<String> source, Set<SignalKind> signals, String name) {
        List<Evidence> found = new ArrayList<>();
        facts.all(Dependency.class, d -> source.test(d.name())).stream().limit(3)
                .forEach(d -> found.add(d.evidence().withNote(d.name() + " (" + name + ")")));
        if (found.isEmpty()) {
            facts.all(CapabilityFact.class, c -> source.test(c.source())).stream().limit(3)
                    .forEach(c -> found.add(c.evidence().withNote(c.source() + " (" + name + ")")));
        }
        facts.all(FileSignal.class, s -> signals.contains(s.kind())).stream().limit(3)
                .forEach(s -> found.add(s.evidence().withNote(s.kind().id())));
        return found;
    }
}
