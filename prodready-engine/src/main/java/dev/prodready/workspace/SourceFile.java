package dev.prodready.workspace;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One indexed file: its path relative to the scanned root (forward slashes) and its lazily read text.
 * Text is decoded once and kept softly, so many collectors can read it without re-reading the disk.
 */
public final class SourceFile {

    private final String path;
    private final Path absolute;
    private final long size;
    private final long maxBytes;
    private final NoteLog notes;
    private volatile SoftReference<Optional<String>> cache = new SoftReference<>(null);

    SourceFile(String path, Path absolute, long size, long maxBytes, NoteLog notes) {
        this.path = path;
        this.absolute = absolute;
        this.size = size;
        this.maxBytes = maxBytes;
        this.notes = notes;
    }

    /** Path relative to the scanned root, with forward slashes, e.g. "src/app/page.tsx". */
    public String path() {
        return path;
    }

    public long size() {
        return size;
    }

    /** Larger than the size cap: {@link #text()} will not read it. */
    public boolean tooLarge() {
        return size > maxBytes;
    }

    /** The file name without folders: "page.tsx". */
    public String name() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** The lower-case extension without the dot ("tsx"), or "" when there is none. */
    public String extension() {
        String name = name();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The folder part of the path ("src/app"), or "" at the root. */
    public String directory() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /**
     * The decoded text, or empty when the file is too large, binary or unreadable; each of those
     * becomes a note in the report the first time it happens.
     */
    public Optional<String> text() {
        Optional<String> cached = cache.get();
        if (cached != null) {
            return cached;
        }
        Optional<String> loaded = load();
        ignoreMarker = loaded.isPresent() && loaded.get().contains(IGNORE_MARKER) ? YES : NO;
        if (notes.cacheTexts()) {
            cache = new SoftReference<>(loaded);
        }
        return loaded;
    }

    /** The inline-ignore comment marker ({@code prodready-ignore: <rule> <reason>}). */
    public static final String IGNORE_MARKER = "prodready-ignore";
    private static final byte UNKNOWN = 0;
    private static final byte NO = 1;
    private static final byte YES = 2;
    /** Whether the text holds {@link #IGNORE_MARKER}, learned when it was read: most files need not be read again. */
    private volatile byte ignoreMarker = UNKNOWN;

    /** Whether the text mentions {@link #IGNORE_MARKER}; reads the file only if it was never read. */
    public boolean mentionsIgnoreMarker() {
        byte known = ignoreMarker;
        if (known == UNKNOWN) {
            Optional<String> text = text();
            return text.isPresent() && text.get().contains(IGNORE_MARKER);
        }
        return known == YES;
    }

    /** The text split into lines (without terminators); empty when the text cannot be read. */
    public List<String> lines() {
        return text().map(t -> t.lines().toList()).orElse(List.of());
    }

    private Optional<String> load() {
        if (size > maxBytes) {
            notes.add(path, "larger than " + (maxBytes / (1024 * 1024)) + " MB (" + (size / (1024 * 1024))
                    + " MB); content not read");
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(absolute);
        } catch (IOException | OutOfMemoryError e) {
            notes.add(path, "cannot be read: " + e.getClass().getSimpleName() + " " + e.getMessage());
            return Optional.empty();
        }
        if (TextDecoder.looksBinary(bytes)) {
            if (FileIndex.TEXT_EXTENSIONS.contains(extension())) {
                notes.add(path, "binary content in a ." + extension() + " file; not read");
            }
            return Optional.empty();
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (decoded.fallbackEncoding() != null && !decoded.fallbackEncoding().startsWith("UTF-16")) {
            notes.add(path, "not valid UTF-8; read as " + decoded.fallbackEncoding());
        }
        return Optional.of(decoded.text());
    }

    @Override
    public String toString() {
        return path;
    }
}
