package dev.prodready.collect.manifest;

import dev.prodready.workspace.Workspace;
import dev.prodready.workspace.WorkspaceException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/** Workspaces for tests: a folder written by the test, or a fixture folder from the test resources. */
public final class TestFolder {

    private final Path root;

    public TestFolder(Path root) {
        this.root = root;
    }

    public TestFolder write(String relativePath, String text) {
        try {
            Path file = root.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Workspace open() {
        try {
            return Workspace.open(root);
        } catch (WorkspaceException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fixture folder {@code fixtures/manifests/<name>} as a workspace. */
    public static Workspace fixture(String name) {
        URL url = TestFolder.class.getClassLoader().getResource("fixtures/manifests/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Workspace.open(Path.of(url.toURI()));
        } catch (URISyntaxException | WorkspaceException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the manifest collector over a workspace. */
    public static RecordingSink collect(Workspace workspace) {
        RecordingSink sink = new RecordingSink();
        new ManifestCollector().collect(workspace, sink);
        return sink;
    }
}
