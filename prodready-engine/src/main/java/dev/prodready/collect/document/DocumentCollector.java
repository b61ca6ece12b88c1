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
 * {@code documents/kinds.yml}. Change logs, licences and tool-generated lists are not documents here.
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

    /** True when the file is a document and was read and classified. */
    private static boolean read(DocumentClassifier classifier, SourceFile file, FileText fileText, FactSink sink) {
        if (!isDocument(file)) {
            return false;
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
            ParsedDocument doc = DocumentParser.parse(file.path(), text.get());
            List<DocumentSignal> signals = classifier.classify(doc);
            Evidence at = doc.titleLine >= 0 ? Evidence.at(file.path(), doc.titleLine + 1, "document read")
                    : Evidence.file(file.path(), "document read");
            sink.add(new DocumentFact(file.path(), doc.title, doc.headings(), doc.words(), at));
            signals.forEach(sink::add);
            return true;
        } catch (RuntimeException | StackOverflowError e) {
            sink.note(file.path(), "document could not be classified (" + e.getClass().getSimpleName()
                    + "); its kinds are unknown");
            return false;
        }
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
