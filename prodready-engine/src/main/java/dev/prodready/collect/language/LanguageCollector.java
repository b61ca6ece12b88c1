package dev.prodready.collect.language;

import dev.prodready.collect.Collector;
import dev.prodready.collect.FactSink;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.LanguageFact;
import dev.prodready.workspace.SourceFile;
import dev.prodready.workspace.Workspace;

import java.util.Map;
import java.util.TreeMap;

/** Counts source files per programming language by extension (no content is read). */
public final class LanguageCollector implements Collector {

    static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("ts", "typescript"), Map.entry("tsx", "typescript"), Map.entry("mts", "typescript"),
            Map.entry("cts", "typescript"), Map.entry("js", "javascript"), Map.entry("jsx", "javascript"),
            Map.entry("mjs", "javascript"), Map.entry("cjs", "javascript"), Map.entry("vue", "vue"),
            Map.entry("svelte", "svelte"), Map.entry("py", "python"), Map.entry("java", "java"),
            Map.entry("kt", "kotlin"), Map.entry("kts", "kotlin"), Map.entry("go", "go"), Map.entry("rb", "ruby"),
            Map.entry("php", "php"), Map.entry("cs", "csharp"), Map.entry("rs", "rust"), Map.entry("swift", "swift"),
            Map.entry("dart", "dart"), Map.entry("scala", "scala"), Map.entry("ex", "elixir"), Map.entry("exs", "elixir"),
            Map.entry("sql", "sql"), Map.entry("tf", "hcl"));

    @Override
    public String id() {
        return "languages";
    }

    @Override
    public void collect(Workspace workspace, FactSink sink) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, String> first = new TreeMap<>();
        for (SourceFile file : workspace.files()) {
            String language = BY_EXTENSION.get(file.extension());
            if (language != null) {
                counts.computeIfAbsent(language, k -> new int[1])[0]++;
                first.putIfAbsent(language, file.path());
            }
        }
        counts.forEach((language, n) -> sink.add(new LanguageFact(language, n[0],
                Evidence.file(first.get(language), n[0] + " " + language + " file(s)"))));
    }
}
