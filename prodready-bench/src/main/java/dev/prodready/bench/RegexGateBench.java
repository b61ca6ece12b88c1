package dev.prodready.bench;

import dev.prodready.collect.text.RegexGate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link RegexGate#find} against {@code pattern.matcher(text).find()}: 64 heading regexes of
 * {@code documents/kinds.yml} (case-insensitive, as the document rules compile them) tried on 200 headings of
 * README-like documents, of which about one in twenty is about a kind. One call is the whole 200 x 64 grid;
 * the gate's side lower-cases each heading once, as the document classifier does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RegexGateBench {

    /** The first 64 {@code headings} regexes of documents/kinds.yml, in file order. */
    private static final String[] REGEXES = {
        "\\barchitecture\\b", "\\bsystem (design|overview)\\b", "\\bhigh[- ]level (design|overview)\\b",
        "\\btechnical (design|overview)\\b", "\\bdesign (doc|document|overview)\\b",
        "\\bapi\\b.*\\b(reference|docs?|documentation|endpoints?|usage|guide|overview)\\b",
        "^(rest |http |graphql |public )?api$", "^(api )?endpoints$", "\\broutes reference\\b",
        "\\b(database|db) (schema|model|design|structure)s?\\b", "\\bdata (schema|model)s?\\b", "^schema$",
        "\\bentity[- ]relationship\\b", "\\b(er diagram|erd)\\b", "^(database )?tables$",
        "\\benvironment variables?\\b", "\\benv(ironment)? vars?\\b", "\\.env\\b",
        "\\benv(ironment)? (setup|config(uration)?|settings)\\b",
        "\\bconfiguration (variables|options|reference)\\b", "\\bdeploy(ing|ment|ments)?\\b",
        "\\brelease (process|procedure|steps|guide|workflow)\\b", "^releas(e|ing)$", "\\bgoing to production\\b",
        "\\bproduction releases?\\b", "\\bhow (to|we) (release|ship)\\b", "\\bshipping to production\\b",
        "\\b(deploy(ment)?|release|launch|go[- ]live|pre[- ]deploy(ment)?|production|pre[- ]release|shipping|ship)\\b.*\\bchecklist\\b",
        "\\bchecklist\\b.*\\b(deploy(ment)?|release|launch|production|go[- ]live)\\b",
        "\\broll(ing|ed)?[- ]?backs?\\b", "\\brevert(ing)? (a |the )?(bad )?(deploy(ment)?|release|change)s?\\b",
        "\\bundo(ing)? (a |the )?(deploy(ment)?|release)\\b", "\\btroubleshoot",
        "\\bcommon (problems|issues|errors|pitfalls)\\b", "\\bknown (issues|problems)\\b",
        "\\bif something goes wrong\\b", "\\bproblems and solutions\\b", "\\bwhen things (go wrong|break)\\b",
        "^debugging\\b", "\\bdebugging (guide|tips|production|issues|problems|errors|locally)\\b", "^debug$",
        "\\bhow to (debug|diagnose)\\b", "\\binspect(ing)? (the )?logs\\b",
        "\\bdiagnos(e|ing|is) (issues|problems|errors)\\b", "\\brun[- ]?books?\\b", "\\bplaybooks?\\b",
        "\\boperations? (guide|manual|handbook)\\b", "\\bops (guide|manual|handbook)\\b",
        "\\bstandard operating procedures?\\b", "\\bsops?\\b", "\\bbetriebshandbuch\\b",
        "\\bmanuel d.exploitation\\b", "\\bprocédures? d.exploitation\\b",
        "\\bincidents?\\b.*\\b(response|management|handling|process|procedure|plan)\\b",
        "\\b(responding to|handling|managing) (an |production )?(incidents?|outages?)\\b", "^incidents?$",
        "\\boutage (response|process|procedure)\\b", "\\bwhen (the site|production|prod|the app) is down\\b",
        "\\b(störungs|vorfalls?|sicherheitsvorfall)(management|behandlung|prozess|reaktion)\\b",
        "\\bnotfallreaktion\\b", "\\bgestion des incidents\\b", "\\bréponse aux incidents\\b",
        "\\btraitement des incidents\\b", "\\bseverit(y|ies)\\b",
    };

    private static final String[] PLAIN = {
        "Getting started", "Installation", "Usage", "Features", "Contributing", "License", "Props", "Examples",
        "Overview", "Quick start", "Requirements", "Scripts", "Project structure", "Tech stack", "Screenshots",
        "Acknowledgements", "Roadmap", "FAQ", "Authors", "Changelog", "Testing", "Running locally", "Styling",
        "Components", "Hooks", "State management", "Authentication", "Payments", "Emails", "Internationalisation",
        "Support", "Credits", "Table of contents", "Prerequisites", "Building", "Linting", "Formatting", "Icons"
    };

    private static final String[] ABOUT_A_KIND = {
        "Deployment", "Architecture", "Troubleshooting", "Environment variables", "Rolling back a release",
        "Database schema", "API reference", "Incident response"
    };

    private final List<Pattern> patterns = new ArrayList<>();
    private String[] headings;

    @Setup
    public void setUp() {
        for (String regex : REGEXES) {
            patterns.add(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        Random random = new Random(7);
        headings = new String[200];
        for (int h = 0; h < headings.length; h++) {
            String heading = random.nextInt(20) == 0 ? Corpus.pick(random, ABOUT_A_KIND) : Corpus.pick(random, PLAIN);
            headings[h] = random.nextBoolean() ? heading : heading + " " + (1 + random.nextInt(9));
        }
        if (engine() != regex()) {
            throw new IllegalStateException("the gate changed a verdict: " + engine() + " vs " + regex());
        }
    }

    /** Matches over the grid, lower-casing each heading once as the classifier does. */
    @Benchmark
    public int engine() {
        int hits = 0;
        for (String heading : headings) {
            String lower = heading.toLowerCase(Locale.ROOT);
            for (Pattern p : patterns) {
                if (RegexGate.find(p, heading, lower)) {
                    hits++;
                }
            }
        }
        return hits;
    }

    @Benchmark
    public int regex() {
        int hits = 0;
        for (String heading : headings) {
            for (Pattern p : patterns) {
                if (p.matcher(heading).find()) {
                    hits++;
                }
            }
        }
        return hits;
    }
}
