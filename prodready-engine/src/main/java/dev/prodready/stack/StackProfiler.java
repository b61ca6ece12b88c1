package dev.prodready.stack;

import dev.prodready.fact.Capability;
import dev.prodready.fact.CapabilityFact;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Dependency;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.DocumentSignal;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.LanguageFact;
import dev.prodready.fact.ManifestFact;
import dev.prodready.fact.SignalKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Derives what the application is built with, and which traits hold, from facts. A trait is ABSENT only
 * when the facts that would show it were read and showed nothing; otherwise UNKNOWN.
 */
public final class StackProfiler {

    /** Framework id -> package names (any ecosystem) that reveal it. Order decides display order. */
    private static final Map<String, List<String>> FRAMEWORKS = linked(
            "nextjs", List.of("next"),
            "remix", List.of("@remix-run/react", "@remix-run/node"),
            "nuxt", List.of("nuxt"),
            "sveltekit", List.of("@sveltejs/kit"),
            "astro", List.of("astro"),
            "vite", List.of("vite"),
            "react", List.of("react"),
            "vue", List.of("vue"),
            "svelte", List.of("svelte"),
            "angular", List.of("@angular/core"),
            "express", List.of("express"),
            "fastify", List.of("fastify"),
            "hono", List.of("hono"),
            "koa", List.of("koa"),
            "nestjs", List.of("@nestjs/core"),
            "django", List.of("django", "Django"),
            "fastapi", List.of("fastapi"),
            "flask", List.of("flask", "Flask"),
            "spring-boot", List.of("org.springframework.boot:spring-boot-starter-web",
                    "org.springframework.boot:spring-boot-starter", "org.springframework.boot:spring-boot-starter-webflux"),
            "rails", List.of("rails"),
            "laravel", List.of("laravel/framework"),
            "gin", List.of("github.com/gin-gonic/gin"));

    private static final Map<String, List<String>> SERVICES = linked(
            "supabase", List.of("@supabase/supabase-js", "@supabase/ssr", "supabase"),
            "firebase", List.of("firebase", "firebase-admin", "firebase_admin"),
            "prisma", List.of("prisma", "@prisma/client"),
            "stripe", List.of("stripe", "@stripe/stripe-js"),
            "clerk", List.of("@clerk/nextjs", "@clerk/clerk-react", "@clerk/clerk-js"),
            "auth0", List.of("@auth0/nextjs-auth0", "@auth0/auth0-react", "auth0"),
            "nextauth", List.of("next-auth", "@auth/core"),
            "sentry", List.of("@sentry/nextjs", "@sentry/react", "@sentry/node", "sentry-sdk", "io.sentry:sentry"),
            "redis", List.of("ioredis", "redis", "@upstash/redis"),
            "postgres", List.of("pg", "postgres", "psycopg", "psycopg2", "psycopg2-binary", "asyncpg",
                    "org.postgresql:postgresql"),
            "mongodb", List.of("mongodb", "mongoose", "pymongo"),
            "openai", List.of("openai"));

    private static final Map<SignalKind, String> HOSTING = new EnumMap<>(Map.of(
            SignalKind.PLATFORM_VERCEL, "vercel", SignalKind.PLATFORM_NETLIFY, "netlify",
            SignalKind.PLATFORM_FLY, "fly", SignalKind.PLATFORM_RENDER, "render",
            SignalKind.PLATFORM_RAILWAY, "railway", SignalKind.PLATFORM_HEROKU, "heroku",
            SignalKind.PLATFORM_FIREBASE, "firebase", SignalKind.PLATFORM_SUPABASE, "supabase",
            SignalKind.PLATFORM_APP_ENGINE, "app-engine", SignalKind.IAC_TERRAFORM, "terraform"));

    private static final Set<String> FRONTEND = Set.of("nextjs", "remix", "nuxt", "sveltekit", "astro", "vite", "react",
            "vue", "svelte", "angular", "django", "rails", "laravel");
    private static final Set<String> SERVER = Set.of("nextjs", "remix", "nuxt", "sveltekit", "express", "fastify",
            "hono", "koa", "nestjs", "django", "fastapi", "flask", "spring-boot", "rails", "laravel", "gin");

    private StackProfiler() {
    }

    public static StackProfile profile(Facts facts) {
        List<Dependency> deps = facts.all(Dependency.class);
        List<String> frameworks = detect(FRAMEWORKS, deps);
        Set<String> services = new LinkedHashSet<>(detect(SERVICES, deps));
        for (FileSignal s : facts.all(FileSignal.class)) {
            String host = HOSTING.get(s.kind());
            if (host != null) {
                services.add(host);
            }
        }
        List<String> languages = facts.all(LanguageFact.class).stream()
                .sorted(Comparator.comparingInt(LanguageFact::files).reversed().thenComparing(LanguageFact::language))
                .map(LanguageFact::language).toList();

        Map<Trait, TraitState> traits = new EnumMap<>(Trait.class);
        Probe probe = new Probe(facts);
        traits.put(Trait.PAYMENTS, probe.capability(Capability.PAYMENTS, "payment provider SDK"));
        traits.put(Trait.CARD_DATA, cardData(probe, traits.get(Trait.PAYMENTS)));
        traits.put(Trait.PII, pii(probe));
        traits.put(Trait.HEALTH_DATA, health(probe));
        traits.put(Trait.ENTERPRISE, enterprise(probe));
        traits.put(Trait.EU_USERS, probe.presentOrUnknown(
                probe.matches("stack.eu-signal"), probe.capabilities(Capability.COOKIE_CONSENT),
                probe.docs(DocKind.GDPR, DocKind.COOKIE_POLICY), "EU-facing signals (GDPR, cookie consent, EU locales)",
                "nothing in the repository says where the users are"));
        traits.put(Trait.CALIFORNIA_USERS, probe.presentOrUnknown(
                probe.matches("stack.ccpa-signal"), List.of(), probe.docs(DocKind.CCPA),
                "California privacy signals (CCPA, \"Do Not Sell\")", "nothing in the repository says where the users are"));
        traits.put(Trait.PUBLIC_API, probe.presentOrUnknown(probe.signals(SignalKind.API_OPENAPI, SignalKind.API_GRAPHQL_SCHEMA),
                probe.capabilities(Capability.API_DOCS), List.of(), "an API description for others",
                "no API description found; whether others call the API is not visible"));
        traits.put(Trait.WEB_FRONTEND, probe.fromFrameworks(frameworks, FRONTEND, deps, "web front-end framework"));
        traits.put(Trait.SERVER, server(probe, frameworks, deps));
        traits.put(Trait.DATABASE, database(probe, iacResources(facts, DATABASES)));
        traits.put(Trait.CLOUD_IAC, probe.signalOrAbsent("infrastructure code (Terraform, Pulumi, CloudFormation, CDK, Kubernetes)",
                SignalKind.IAC_TERRAFORM, SignalKind.IAC_PULUMI, SignalKind.IAC_CLOUDFORMATION, SignalKind.IAC_CDK,
                SignalKind.IAC_KUBERNETES, SignalKind.IAC_HELM, SignalKind.IAC_SERVERLESS));
        traits.put(Trait.BACKGROUND_WORK, probe.presentOrUnknown(probe.matches("stack.cron-config"),
                probe.capabilities(Capability.QUEUE, Capability.BACKGROUND_JOBS, Capability.SCHEDULER), List.of(),
                "queue, job or scheduler", "no queue or scheduler in use; whether work should be async is a design call"));

        traits.put(Trait.SERVICE, service(probe, traits.get(Trait.SERVER), traits.get(Trait.WEB_FRONTEND)));

        return new StackProfile(languages, frameworks, List.copyOf(services), traits,
                remediationStack(frameworks, services));
    }

    static String remediationStack(List<String> frameworks, Set<String> services) {
        if (frameworks.contains("nextjs")) {
            return "nextjs";
        }
        if (services.contains("supabase") && (frameworks.contains("vite") || frameworks.contains("react"))) {
            return "vite-supabase";
        }
        if (frameworks.contains("spring-boot")) {
            return "spring";
        }
        if (frameworks.contains("django") || frameworks.contains("fastapi") || frameworks.contains("flask")) {
            return "python";
        }
        if (frameworks.contains("express") || frameworks.contains("fastify") || frameworks.contains("nestjs")
                || frameworks.contains("koa") || frameworks.contains("hono")) {
            return "express";
        }
        return "generic";
    }

    private static TraitState cardData(Probe probe, TraitState payments) {
        List<Evidence> fields = probe.matches("stack.card-field");
        if (!fields.isEmpty()) {
            return new TraitState(Presence.PRESENT, "card number fields or card data handled by the app itself", fields);
        }
        if (payments.presence() == Presence.PRESENT) {
            return new TraitState(Presence.ABSENT, "payments go through a provider's hosted fields or checkout; no card "
                    + "number fields in the app's own code", payments.evidence());
        }
        if (payments.presence() == Presence.ABSENT) {
            return new TraitState(Presence.ABSENT, "no payment processing detected", payments.evidence());
        }
        return TraitState.unknown("payments not determined");
    }

    private static TraitState pii(Probe probe) {
        List<Evidence> evidence = new ArrayList<>(probe.matches("stack.pii-field"));
        evidence.addAll(probe.capabilities(Capability.AUTH_PROVIDER));
        if (!evidence.isEmpty()) {
            return new TraitState(Presence.PRESENT, "user accounts or personal data fields (emails, names, addresses)",
                    evidence.stream().limit(5).toList());
        }
        return TraitState.unknown("no user accounts or personal-data fields found; not proof that none are stored");
    }

    private static TraitState health(Probe probe) {
        List<Evidence> evidence = new ArrayList<>(probe.matches("stack.health-field"));
        evidence.addAll(probe.capabilities(Capability.HEALTH_DATA));
        if (!evidence.isEmpty()) {
            return new TraitState(Presence.PRESENT, "health or medical data fields or libraries", evidence.stream().limit(5).toList());
        }
        List<Evidence> schemas = probe.signals(SignalKind.DB_SCHEMA, SignalKind.DB_MIGRATIONS, SignalKind.DB_SUPABASE_MIGRATIONS);
        if (!schemas.isEmpty()) {
            return new TraitState(Presence.ABSENT, "the database schema has no health or medical fields",
                    schemas.stream().limit(5).map(e -> e.withNote("schema read; no health or medical fields")).toList());
        }
        return TraitState.unknown("no database schema found to tell whether health data is stored");
    }

    private static TraitState enterprise(Probe probe) {
        List<Evidence> evidence = new ArrayList<>(probe.capabilities(Capability.SSO));
        evidence.addAll(probe.matches("stack.enterprise-signal"));
        evidence.addAll(probe.docs(DocKind.SOC2, DocKind.SECURITY_WHITEPAPER, DocKind.SLA));
        if (!evidence.isEmpty()) {
            return new TraitState(Presence.PRESENT, "enterprise signals (SSO/SAML, SCIM, SOC 2, SLA)", evidence.stream().limit(5).toList());
        }
        return TraitState.unknown("no enterprise signals; whether the team sells to enterprises is a business question");
    }

    private static TraitState server(Probe probe, List<String> frameworks, List<Dependency> deps) {
        List<Evidence> functions = probe.matches("stack.serverless-function");
        if (!functions.isEmpty()) {
            return new TraitState(Presence.PRESENT, "server-side functions", functions.stream().limit(3).toList());
        }
        TraitState byFramework = probe.fromFrameworks(frameworks, SERVER, deps, "server framework");
        List<Evidence> listens = probe.matches("stack.server-listen");
        if (byFramework.presence() != Presence.PRESENT && !listens.isEmpty()) {
            return new TraitState(Presence.PRESENT, "code that starts an HTTP server", listens.stream().limit(3).toList());
        }
        return byFramework;
    }

    /** Deployment configuration for a running service: containers, platforms, orchestration. */
    private static final SignalKind[] DEPLOYMENT = {
            SignalKind.CONTAINER_DOCKERFILE, SignalKind.CONTAINER_COMPOSE, SignalKind.IAC_KUBERNETES, SignalKind.IAC_HELM,
            SignalKind.IAC_SERVERLESS, SignalKind.PLATFORM_VERCEL, SignalKind.PLATFORM_NETLIFY, SignalKind.PLATFORM_FLY,
            SignalKind.PLATFORM_RENDER, SignalKind.PLATFORM_RAILWAY, SignalKind.PLATFORM_HEROKU, SignalKind.PLATFORM_FIREBASE,
            SignalKind.PLATFORM_SUPABASE, SignalKind.PLATFORM_APP_ENGINE, SignalKind.HEALTH_ENDPOINT};

    /** Infrastructure resources that run the application's code or serve its traffic. */
    private static final java.util.regex.Pattern COMPUTE = java.util.regex.Pattern.compile(
            "(?i)aws_lambda_function|aws_ecs_service|aws_apprunner_service|aws_instance|aws_autoscaling_group|aws_lb|aws_alb"
                    + "|aws_api_gateway_rest_api|aws_apigatewayv2_api|aws_elastic_beanstalk_environment"
                    + "|google_cloud_run_(v2_)?service|google_cloudfunctions2?_function|google_compute_instance"
                    + "|azurerm_(linux_|windows_)?(web_app|function_app|container_app)|kubernetes_deployment"
                    + "|AWS::(Serverless::(Function|Api|HttpApi)|Lambda::Function|ECS::Service|ApiGateway(V2)?::\\w+"
                    + "|EC2::Instance|ElasticLoadBalancingV2::LoadBalancer)|^Deployment$|^StatefulSet$");

    /** Infrastructure resources that are a database. */
    private static final java.util.regex.Pattern DATABASES = java.util.regex.Pattern.compile(
            "(?i)aws_db_instance|aws_rds_cluster|aws_dynamodb_table|aws_elasticache_\\w+|aws_docdb_cluster"
                    + "|google_sql_database_instance|google_firestore_database|azurerm_(postgresql|mysql|mssql|cosmosdb)\\w*"
                    + "|AWS::(RDS::DB(Instance|Cluster)|DynamoDB::(Global)?Table|ElastiCache::\\w+|DocDB::DBCluster)");

    private static List<Evidence> iacResources(Facts facts, java.util.regex.Pattern types) {
        return facts.all(dev.prodready.fact.IacResource.class,
                r -> (r.kind().equals("resource") || r.format().equals("kubernetes")) && types.matcher(r.type()).find())
                .stream().limit(3).map(r -> r.evidence().withNote(r.label())).toList();
    }

    private static TraitState service(Probe probe, TraitState server, TraitState frontend) {
        List<Evidence> evidence = new ArrayList<>(iacResources(probe.facts(), COMPUTE));
        if (server.presence() == Presence.PRESENT) {
            evidence.addAll(server.evidence());
        }
        if (frontend.presence() == Presence.PRESENT) {
            evidence.addAll(frontend.evidence());
        }
        evidence.addAll(probe.signals(DEPLOYMENT));
        if (!evidence.isEmpty()) {
            return new TraitState(Presence.PRESENT, "runs as a service (server, web front end or deployment configuration)",
                    evidence.stream().limit(5).toList());
        }
        if (server.presence() == Presence.ABSENT && frontend.presence() == Presence.ABSENT) {
            return new TraitState(Presence.ABSENT, "a library or command-line tool: no server, web front end, HTTP "
                    + "listener or deployment configuration", server.evidence());
        }
        return TraitState.unknown("whether the application runs as a service could not be decided");
    }

    private static TraitState database(Probe probe, List<Evidence> iacDatabases) {
        List<Evidence> evidence = new ArrayList<>(probe.capabilities(Capability.ORM, Capability.DB_DRIVER, Capability.QUERY_BUILDER));
        evidence.addAll(iacDatabases);
        evidence.addAll(probe.signals(SignalKind.DB_SCHEMA, SignalKind.DB_MIGRATIONS, SignalKind.DB_SUPABASE_MIGRATIONS,
                SignalKind.DB_FIREBASE_RULES));
        if (!evidence.isEmpty()) {
            return new TraitState(Presence.PRESENT, "a database client, schema or migrations", evidence.stream().limit(5).toList());
        }
        return probe.absentFromManifests("no database client, ORM, schema or migrations");
    }

    private static List<String> detect(Map<String, List<String>> table, List<Dependency> deps) {
        Set<String> names = new java.util.HashSet<>();
        deps.forEach(d -> names.add(d.name()));
        List<String> found = new ArrayList<>();
        table.forEach((id, packages) -> {
            if (packages.stream().anyMatch(names::contains)) {
                found.add(id);
            }
        });
        return found;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> linked(Object... pairs) {
        Map<String, List<String>> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (List<String>) pairs[i + 1]);
        }
        return map;
    }

    /** A line that only documents code (a comment or doc comment) says nothing about what the app does. */
    static boolean isComment(String line) {
        String t = line.strip();
        return t.startsWith("*") || t.startsWith("//") || t.startsWith("/*") || t.startsWith("#") || t.startsWith("--")
                || t.startsWith("<!--");
    }

    static boolean isTestPath(String path) {
        String p = "/" + path;
        return p.contains("/test/") || p.contains("/tests/") || p.contains("/__tests__/") || p.contains("/spec/")
                || p.contains(".test.") || p.contains(".spec.") || p.contains("/testdata/") || p.contains("/fixtures/");
    }

    /** Small queries over the facts, each returning evidence. */
    private record Probe(Facts facts) {

        List<Evidence> capabilities(Capability... wanted) {
            Set<Capability> set = Set.of(wanted);
            return facts.all(CapabilityFact.class, f -> set.contains(f.capability())).stream().limit(5)
                    .map(f -> f.evidence().withNote(f.source() + " (" + f.capability().id() + ")")).toList();
        }

        List<Evidence> signals(SignalKind... kinds) {
            Set<SignalKind> set = Set.of(kinds);
            return facts.all(FileSignal.class, s -> set.contains(s.kind())).stream().limit(5).map(FileSignal::evidence).toList();
        }

        List<Evidence> docs(DocKind... kinds) {
            Set<DocKind> set = Set.of(kinds);
            return facts.all(DocumentSignal.class, s -> set.contains(s.kind())).stream().limit(5)
                    .map(DocumentSignal::evidence).toList();
        }

        /** Matches outside test code: traits describe the product, not its tests. */
        List<Evidence> matches(String patternId) {
            Predicate<ContentMatch> p = m -> m.pattern().equals(patternId) && !isTestPath(m.evidence().path())
                    && !isComment(m.text());
            return facts.all(ContentMatch.class, p).stream().limit(5).map(ContentMatch::evidence).toList();
        }

        TraitState capability(Capability capability, String what) {
            List<Evidence> found = capabilities(capability);
            if (!found.isEmpty()) {
                return new TraitState(Presence.PRESENT, what + " in use", found);
            }
            return absentFromManifests("no " + what + " among the dependencies");
        }

        TraitState absentFromManifests(String reason) {
            List<ManifestFact> manifests = facts.all(ManifestFact.class, m -> !m.lockfile());
            if (manifests.isEmpty()) {
                return TraitState.unknown("no dependency manifest was read");
            }
            return new TraitState(Presence.ABSENT, reason, manifests.stream().limit(5)
                    .map(m -> Evidence.file(m.path(), reason + " (" + m.dependencies() + " dependencies read)")).toList());
        }

        TraitState fromFrameworks(List<String> frameworks, Set<String> kinds, List<Dependency> deps, String what) {
            List<String> hit = frameworks.stream().filter(kinds::contains).toList();
            if (!hit.isEmpty()) {
                List<Evidence> evidence = deps.stream()
                        .filter(d -> FRAMEWORKS.entrySet().stream().anyMatch(e -> hit.contains(e.getKey())
                                && e.getValue().contains(d.name())))
                        .limit(3).map(Dependency::evidence).toList();
                return new TraitState(Presence.PRESENT, what + ": " + String.join(", ", hit), evidence);
            }
            return absentFromManifests("no " + what.replaceFirst("^an? ", ""));
        }

        TraitState signalOrAbsent(String what, SignalKind... kinds) {
            List<Evidence> found = signals(kinds);
            if (!found.isEmpty()) {
                return new TraitState(Presence.PRESENT, what, found);
            }
            return new TraitState(Presence.ABSENT, "no " + what,
                    List.of(Evidence.file(".", "searched the whole repository; no " + what)));
        }

        TraitState presentOrUnknown(List<Evidence> a, List<Evidence> b, List<Evidence> c, String what, String unknownReason) {
            List<Evidence> all = new ArrayList<>(a);
            all.addAll(b);
            all.addAll(c);
            if (!all.isEmpty()) {
                return new TraitState(Presence.PRESENT, what, all.stream().limit(5).toList());
            }
            return TraitState.unknown(unknownReason);
        }
    }
}
