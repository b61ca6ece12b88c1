package dev.prodready.check.infrastructure;

import dev.prodready.fact.Dependency;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.IacFile;
import dev.prodready.fact.SignalKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Which managed platforms the repository shows, with the file or manifest line that shows each. */
public final class Platforms {

    private static final Set<String> SUPABASE_PACKAGES = Set.of("@supabase/supabase-js", "@supabase/ssr",
            "@supabase/auth-helpers-nextjs", "@supabase/auth-helpers-react", "supabase");
    private static final Set<String> FIREBASE_PACKAGES = Set.of("firebase", "firebase-admin", "firebase_admin",
            "@react-native-firebase/app", "com.google.firebase:firebase-admin");

    private Platforms() {
    }

    public static List<FileSignal> signals(Facts facts, SignalKind... kinds) {
        Set<SignalKind> wanted = Set.copyOf(Arrays.asList(kinds));
        return facts.all(FileSignal.class, s -> wanted.contains(s.kind()));
    }

    public static Optional<Evidence> signal(Facts facts, SignalKind... kinds) {
        return signals(facts, kinds).stream().findFirst().map(FileSignal::evidence);
    }

    public static Optional<Evidence> dependency(Facts facts, Set<String> names) {
        return facts.first(Dependency.class, d -> names.contains(d.name()))
                .map(d -> d.evidence().withNote(d.name() + " declared"));
    }

    /** The app keeps its data in Supabase: its project folder, its migrations, or its client library. */
    public static Optional<Evidence> supabase(Facts facts) {
        return signal(facts, SignalKind.PLATFORM_SUPABASE, SignalKind.DB_SUPABASE_MIGRATIONS)
                .or(() -> configured(facts, SignalKind.PLATFORM_SUPABASE).stream().findFirst())
                .or(() -> dependency(facts, SUPABASE_PACKAGES));
    }

    /** The app keeps its data in Firebase: its config, its security rules, or its SDK. */
    public static Optional<Evidence> firebase(Facts facts) {
        return signal(facts, SignalKind.DB_FIREBASE_RULES)
                .or(() -> dependency(facts, FIREBASE_PACKAGES))
                .or(() -> signal(facts, SignalKind.PLATFORM_FIREBASE));
    }

    /** Firebase Hosting specifically (firebase.json with a "hosting" section). */
    public static Optional<Evidence> firebaseHosting(Facts facts) {
        return Matches.of(facts, "firebase.hosting").stream().findFirst().map(m -> m.evidence());
    }

    /** Cloudflare Workers or Pages (a wrangler configuration). */
    public static Optional<Evidence> cloudflare(Facts facts) {
        return Matches.of(facts, "cloudflare.wrangler").stream().findFirst().map(m -> m.evidence());
    }

    private static final Map<SignalKind, String> PARSED_FORMAT = Map.of(SignalKind.PLATFORM_VERCEL, "vercel",
            SignalKind.PLATFORM_NETLIFY, "netlify", SignalKind.PLATFORM_FLY, "fly", SignalKind.PLATFORM_RENDER, "render",
            SignalKind.PLATFORM_RAILWAY, "railway", SignalKind.PLATFORM_SUPABASE, "supabase",
            SignalKind.IAC_SERVERLESS, "serverless", SignalKind.IAC_HELM, "helm");

    /**
     * Where the repository configures one of these platforms, one location per file: the file signal where the
     * file-signal collector saw it, else the parsed configuration file. Notes name the signal kind.
     */
    public static List<Evidence> configured(Facts facts, SignalKind... kinds) {
        Map<String, Evidence> byPath = new LinkedHashMap<>();
        for (FileSignal s : signals(facts, kinds)) {
            byPath.putIfAbsent(s.evidence().path(), s.evidence().withNote(s.kind().id()));
        }
        for (SignalKind kind : kinds) {
            String format = PARSED_FORMAT.get(kind);
            if (format == null) {
                continue;
            }
            for (IacFile f : facts.all(IacFile.class, f -> f.format().equals(format))) {
                byPath.putIfAbsent(f.path(), f.evidence().withNote(kind.id()));
            }
        }
        return new ArrayList<>(byPath.values());
    }

    /** The signal kind an evidence note from {@link #configured} names ("platform.vercel"). */
    public static String kindOf(Evidence e) {
        return e.note() == null ? "" : e.note();
    }

    public static boolean isCiPath(Facts facts, String path) {
        if (path == null) {
            return false;
        }
        boolean signalled = facts.any(FileSignal.class, s -> s.kind().id().startsWith("ci.")
                && path.equals(s.evidence().path()))
                || facts.any(dev.prodready.fact.PipelineFile.class, f -> f.path().equals(path))
                || facts.any(dev.prodready.fact.PipelineStep.class, st -> path.equals(st.evidence().path()));
        return signalled || path.startsWith(".github/workflows/") || path.endsWith(".gitlab-ci.yml")
                || path.startsWith(".circleci/") || path.endsWith("bitbucket-pipelines.yml")
                || path.endsWith("azure-pipelines.yml") || path.endsWith("Jenkinsfile");
    }
}
