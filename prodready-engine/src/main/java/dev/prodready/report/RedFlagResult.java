package dev.prodready.report;

import dev.prodready.catalogue.RedFlag;
import dev.prodready.fact.Evidence;

import java.util.List;

/**
 * A red flag's state. {@code raised} when an item behind it failed; {@code undecided} when none failed but
 * some could not be judged, so the flag can be neither raised nor cleared by evidence.
 */
public record RedFlagResult(RedFlag flag, boolean raised, boolean undecided, List<String> itemIds,
                            List<Evidence> evidence) {
    public RedFlagResult {
        itemIds = List.copyOf(itemIds);
        evidence = List.copyOf(evidence);
    }
}
