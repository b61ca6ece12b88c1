package dev.prodready.check.compliance;

import dev.prodready.fact.DocKind;
import dev.prodready.fact.SignalKind;

import java.util.List;
import java.util.regex.Pattern;

/** privacy.terms: a completed terms of service page or document. */
public final class TermsOfServiceCheck extends LegalPageCheck {
    public TermsOfServiceCheck() {
        super("privacy.terms", SignalKind.LEGAL_TERMS_PAGE, DocKind.TERMS_OF_SERVICE, "terms of service",
                List.of("terms"),
                Pattern.compile("(^|/)(terms([-_](of[-_])?(service|use))?|tos|terms[-_]and[-_]conditions|eula|agb|nutzungsbedingungen|cgu|cgv)(/page|/index)?\\.[a-z]+$"));
    }
}
