package dev.prodready.config;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A person's statement about an item no scan can settle (or settle fully).
 *
 * @param status   "pass", "fail" or "not_applicable"
 * @param line     the line in .prodready.yml where the entry starts (for evidence)
 * @param expires  after this date the attestation no longer counts
 */
public record Attestation(String item, String status, String by, LocalDate date, String evidence,
                          Optional<LocalDate> expires, String note, int line) {

    public static final java.util.List<String> STATUSES = java.util.List.of("pass", "fail", "not_applicable");

    public boolean expiredOn(LocalDate today) {
        return expires.map(e -> e.isBefore(today)).orElse(false);
    }
}
