package dev.prodready.check.compliance;

import dev.prodready.check.ContentScan;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * gdpr.data-portability: a data export that visibly produces JSON, CSV or ZIP passes; an export whose format
 * cannot be seen is partial.
 */
public final class DataPortabilityCheck extends DataSubjectRequestCheck {

    public DataPortabilityCheck() {
        super("gdpr.data-portability", "data export path");
    }

    @Override
    List<Evidence> found(CheckContext context) {
        return LegalEvidence.matches(context.facts(), LegalEvidence.DATA_EXPORT, "data export path");
    }

    @Override
    Outcome judgeFound(CheckContext context, List<Evidence> exports) {
        Set<String> exportFiles = exports.stream().map(Evidence::path).collect(Collectors.toSet());
        List<Evidence> formats = new ArrayList<>();
        for (ContentMatch m : ContentScan.matches(context.facts(), LegalEvidence.EXPORT_FORMAT)) {
            if (exportFiles.contains(m.evidence().path())) {
                formats.add(ContentScan.cite(m, "export sent as a JSON, CSV or ZIP file"));
            }
        }
        for (ContentMatch m : ContentScan.matches(context.facts(), LegalEvidence.DATA_EXPORT)) {
            String text = m.text().toLowerCase(Locale.ROOT);
            if (text.contains("json") || text.contains("csv")) {
                formats.add(ContentScan.cite(m, "export named with a machine-readable format"));
            }
        }
        if (!formats.isEmpty()) {
            return Outcome.pass("data export in a machine-readable format: " + LegalEvidence.locations(formats),
                    LegalEvidence.first(formats, 5));
        }
        return Outcome.partial("a data export exists (" + LegalEvidence.locations(exports)
                + ") but its format could not be seen; it must be JSON, CSV or similar", LegalEvidence.first(exports, 5));
    }
}
