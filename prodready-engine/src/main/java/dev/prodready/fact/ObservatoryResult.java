package dev.prodready.fact;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The deployed site graded as MDN HTTP Observatory grades it. When Observatory would refuse to grade (site
 * down, unexpected status), {@code error} says why and there is no score or grade.
 *
 * @param tests by Observatory test name ("x-frame-options"), in report order
 */
public record ObservatoryResult(int algorithmVersion, Optional<Integer> score, Optional<String> grade,
                                Map<String, ObservatoryTestResult> tests, Optional<String> error,
                                Evidence evidence) implements Fact {

    public ObservatoryResult {
        tests = Collections.unmodifiableMap(new LinkedHashMap<>(tests));
    }
}
