package dev.prodready.collect.document;

import dev.prodready.collect.FactSink;
import dev.prodready.collect.FileCollector;
import dev.prodready.collect.FileScan;
import dev.prodready.collect.FileScans;
import dev.prodready.collect.FileText;
import dev.prodready.fact.DocumentFact;
import dev.prodready.fact.DocumentSignal;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.ScanCoverage;
import dev.prodready.workspace.SourceFile;
import dev.prodready.workspace.Workspace;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads the prose documents of the workspace (Markdown, MDX, text, reStructuredText, AsciiDoc, README files):
 * one {@link DocumentFact} per document, and {@link DocumentSignal}s for the kinds it covers, decided by
 * {@code documents/kinds.yml}. Change logs, licences and tool-generated lists are not documents here. App pages
 * and templates at legal routes (privacy, terms, sub-processors, DPA...) are read too, by their visible text
 * ({@link PageText}): a sub-processor table on /subprocessors is a vendor list, a "Coming soon" privacy page a stub.
 */
public final class DocumentCollector implements FileCollector {

    static final long MAX_BYTES = 2L * 1024 * 1024;
    private static final Set<String> EXTENSIONS = Set.of("md", "mdx", "markdown", "txt", "rst", "adoc", "asciidoc");
    /** File names (lower case, before the first dot) that are records or legal boilerplate, not documentation. */
    private static final Pattern SKIPPED_NAMES = Pattern.compile(
            "(changelog|changes|history|news|whats[-_]?new|release[-_]?notes?|releases|license|licence|copying|"
                    + "unlicense|notice|third[-_]?party[-_]?(notices|licenses|licences)?|thirdpartynotices|"
                    + "code[-_]of[-_]conduct|authors|contributors|patents)([-_.\\d].*)?");
    /** Text files that are data, not prose. */
    private static final Pattern SKIPPED_TEXT = Pattern.compile(
            "(requirements|constraints|dev-requirements|test-requirements)([-_.].*)?\\.txt|robots\\.txt|humans\\.txt|"
                    + "ads\\.txt|app-ads\\.txt|security\\.txt|llms(-full)?\\.txt|cmakelists\\.txt|.*\\.lock\\.txt|"
                    + "dependencies\\.txt|version\\.txt|.*\\.min\\.txt");

    /** A page with less text than this that renders text kept elsewhere is not judged by its own text. */
    static final int RENDERED_ELSEWHERE_WORDS = 60;
    /** Route names (lower case, separators removed) of legal, privacy and trust pages read as documents. */
    private static final Set<String> PAGE_TOPICS = Set.of("privacy", "privacypolicy", "privacynotice",
            "privacystatement", "terms", "termsofservice", "termsofuse", "termsandconditions", "tos", "eula", "cookies",
            "cookiepolicy", "cookienotice", "legal", "subprocessors", "subprocessor", "dpa", "dataprocessingagreement",
            "dataprocessingaddendum", "gdpr", "ccpa", "dataretention", "retention", "imprint", "impressum",
            "datenschutz", "datenschutzerklarung", "datenschutzerklaerung", "agb", "nutzungsbedingungen",
            "mentionslegales", "confidentialite", "politiquedeconfidentialite", "cgu", "cgv", "conditionsgenerales",
            "privacidad", "politicadeprivacidad", "avisolegal", "terminos", "terminosycondiciones", "privacidade",
            "termos", "conditionsutilisation", "termini", "voorwaarden");
    private static final Set<String> INDEX_NAMES = Set.of("page", "index", "+page", "route", "_index", "default");
    /** Where a file named like a legal page is code, not a page. */
    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern PAGE_SUFFIX = Pattern.compile("[-_.]?(page|view|screen|component)$");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");
    private static final Pattern NOT_PAGES = Pattern.compile(
            "(^|/)(api|components?|lib|hooks|utils|helpers|node_modules|test|tests|__tests__|e2e|stories)/"
                    + "|\\.(test|spec|stories|d)\\.[a-z]+$");

    private final Supplier<DocumentRules> rules;

    public DocumentCollector() {
        this(DocumentRules::builtIn);
    }

    DocumentCollector(Supplier<DocumentRules> rules) {
        this.rules = rules;
    }

    @Override
    public String id() {
        return "documents";
    }

    @Override
    public FileScan begin(Workspace workspace, FactSink sink) {
        DocumentClassifier classifier;
        try {
            classifier = new DocumentClassifier(rules.get());
        } catch (RuntimeException e) {
            sink.note("", "document kind rules could not be loaded (" + e.getMessage() + "); documents not classified");
            return FileScans.NONE;
        }
        LongAdder read = new LongAdder();
        return new FileScan() {
            @Override
            public void file(SourceFile file, FileText text, FactSink out) {
                if (read(classifier, file, text, out)) {
                    read.increment();
                }
            }

            @Override
            public void end(FactSink out) {
                out.add(new ScanCoverage("documents", "tree", read.sum(), "documents",
                        Evidence.file(".", read.sum() + " documents read and classified")));
            }
        };
    }

    /** True when the file is a document (or a legal app page) and was read and classified. */
    private static boolean read(DocumentClassifier classifier, SourceFile file, FileText fileText, FactSink sink) {
        Optional<String> route = Optional.empty();
        if (!isDocument(file)) {
            route = pageRoute(file);
            if (route.isEmpty()) {
                return false;
            }
        }
        if (file.size() > MAX_BYTES) {
            sink.note(file.path(), "document larger than 2 MB; not read for document kinds");
            return false;
        }
        try {
            Optional<String> text = fileText.get();
            if (text.isEmpty()) {
                return false; // binary or unreadable: the workspace has noted why
            }
            boolean page = route.isPresent();
            PageText.Extracted extracted = page ? PageText.of(file.path(), text.get()) : null;
            ParsedDocument doc = DocumentParser.parse(file.path(), page ? extracted.text() : text.get());
            doc.routePath = route.orElseGet(() -> indexRoute(file));
            List<DocumentSignal> signals = classifier.classify(doc);
            int words = doc.words();
            if (page && extracted.delegates() && words < RENDERED_ELSEWHERE_WORDS && doc.firstPlaceholder < 0) {
                return false; // the page shows text kept elsewhere (a module, translations, a CMS): nothing to judge here
            }
            String what = page ? "page text read" : "document read";
            Evidence at = doc.titleLine >= 0 ? Evidence.at(file.path(), doc.titleLine + 1, what) : Evidence.file(file.path(), what);
            Optional<Evidence> placeholder = doc.firstPlaceholder < 0 ? Optional.empty()
                    : Optional.of(Evidence.at(file.path(), doc.firstPlaceholder + 1,
                    "placeholder: " + abbreviate(doc.lines.get(doc.firstPlaceholder).strip())));
            sink.add(new DocumentFact(file.path(), doc.title, doc.headings(), words, ProseLanguage.of(doc), page,
                    placeholder, at));
            signals.forEach(sink::add);
            return true;
        } catch (RuntimeException | StackOverflowError e) {
            sink.note(file.path(), "document could not be classified (" + e.getClass().getSimpleName()
                    + "); its kinds are unknown");
            return false;
        }
    }

    private static String abbreviate(String line) {
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }

    /**
     * For an app page or template at a legal or privacy route (app/privacy/page.tsx, src/pages/TermsOfService.tsx,
     * app/routes/legal.subprocessors.tsx, templates/privacy.html), its route as a document path
     * (app/privacy.md); empty for any other file.
     */
    static Optional<String> pageRoute(SourceFile file) {
        String path = file.path().replace('\\', '/');
        String lower = path.toLowerCase(Locale.ROOT);
        String name = file.name();
        String ext = file.extension();
        if (lower.endsWith(".blade.php")) {
            name = name.substring(0, name.length() - ".blade.php".length());
        } else if (ext.equals("php") || !PageText.readable(ext)) {
            return Optional.empty();
        } else {
            name = name.substring(0, name.length() - ext.length() - 1);
            if (name.toLowerCase(Locale.ROOT).endsWith(".html")) {
                name = name.substring(0, name.length() - 5); // privacy.html.erb
            }
        }
        int slash = path.lastIndexOf('/');
        String dir = slash < 0 ? "" : path.substring(0, slash);
        String stem = name.toLowerCase(Locale.ROOT);
        if (INDEX_NAMES.contains(stem)) {
            int up = dir.lastIndexOf('/');
            name = dir.substring(up + 1);
            dir = up < 0 ? "" : dir.substring(0, up);
        } else {
            name = name.substring(name.lastIndexOf('.') + 1); // Remix flat routes: legal.privacy
        }
        String kebab = PAGE_SUFFIX.matcher(CAMEL_HUMP.matcher(name).replaceAll("$1-$2").toLowerCase(Locale.ROOT))
                .replaceAll("");
        String key = NOT_ALPHANUMERIC.matcher(kebab).replaceAll("");
        // The topic first: most files are not named for one, and that is cheaper to tell than the folder test.
        if (!PAGE_TOPICS.contains(key) || NOT_PAGES.matcher(lower).find()) {
            return Optional.empty();
        }
        return Optional.of((dir.isEmpty() ? "" : dir + "/") + kebab + ".md");
    }

    /** "app/legal/dpa/page.mdx" -> "app/legal/dpa.mdx": a page or index document stands for its folder. */
    private static String indexRoute(SourceFile file) {
        String path = file.path();
        String name = file.name().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        int slash = path.lastIndexOf('/');
        if (dot < 0 || slash < 0 || !INDEX_NAMES.contains(name.substring(0, dot))) {
            return path;
        }
        return path.substring(0, slash) + name.substring(dot);
    }

    static boolean isDocument(SourceFile file) {
        String name = file.name().toLowerCase(Locale.ROOT);
        String ext = file.extension();
        boolean readme = name.equals("readme") || name.startsWith("readme.");
        if (!readme && !EXTENSIONS.contains(ext)) {
            return false;
        }
        int dot = name.indexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        if (SKIPPED_NAMES.matcher(stem).matches() || SKIPPED_NAMES.matcher(name).matches()) {
            return false;
        }
        if (ext.equals("txt") && (SKIPPED_TEXT.matcher(name).matches() || file.path().contains(".well-known/"))) {
            return false;
        }
        return !file.path().contains("/node_modules/") && !file.path().startsWith("node_modules/");
    }
}
