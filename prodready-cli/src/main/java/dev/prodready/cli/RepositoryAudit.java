package dev.prodready.cli;

import dev.prodready.audit.Audit;
import dev.prodready.audit.ToolVersion;
import dev.prodready.catalogue.Catalogue;
import dev.prodready.collect.Collector;
import dev.prodready.collect.Collectors;
import dev.prodready.collect.live.LiveProbeCollector;
import dev.prodready.live.ObservatoryAlgorithm;
import dev.prodready.workspace.live.ProbeOptions;

import java.time.Clock;
import java.util.List;
import dev.prodready.audit.AuditRequest;
import dev.prodready.config.Config;
import dev.prodready.config.ConfigException;
import dev.prodready.config.ConfigLoader;
import dev.prodready.report.Report;
import dev.prodready.workspace.WorkspaceException;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Loads a repository's configuration and runs the audit, turning problems into exit codes. */
final class RepositoryAudit {

    private final Config config;
    private final Path path;

    private RepositoryAudit(Path path, Config config) {
        this.path = path;
        this.config = config;
    }

    /** Reads .prodready.yml (exit 2 when malformed) and prints its warnings. */
    static RepositoryAudit open(String command, Path path, PrintWriter err) {
        try {
            Config config = Files.isDirectory(path) ? ConfigLoader.load(path) : Config.empty();
            config.warnings().forEach(w -> err.println("prodready: warning: " + w));
            return new RepositoryAudit(path, config);
        } catch (ConfigException e) {
            throw new CommandFailure(ExitCode.USAGE, command + ": " + e.getMessage());
        }
    }

    Config config() {
        return config;
    }

    /** Runs the audit; a folder that cannot be scanned is exit 3. */
    Report run(String command, Optional<URI> url) {
        return run(command, url, ProbeOptions.defaults(ToolVersion.get()), ObservatoryAlgorithm.V6);
    }

    /** Runs the audit with the live probe configured as given (used when a URL is probed). */
    Report run(String command, Optional<URI> url, ProbeOptions probe, ObservatoryAlgorithm algorithm) {
        List<Collector> collectors = Collectors.ALL.stream()
                .map(c -> c instanceof LiveProbeCollector ? new LiveProbeCollector(probe, algorithm, Clock.systemUTC()) : c)
                .toList();
        try {
            return new Audit(Catalogue.builtIn(), collectors).run(AuditRequest.of(path).withUrl(url).withConfig(config));
        } catch (WorkspaceException e) {
            throw new CommandFailure(ExitCode.CANNOT_SCAN, command + ": " + e.getMessage());
        }
    }
}
